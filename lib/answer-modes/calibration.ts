import { bootstrapPercentile } from "@/lib/metrics/bootstrap";
import {
  computeAuroc,
  computeBrier,
  computeCoverageCurve,
  computeEce,
  computeReliabilityBins,
  type TCalibrationItem,
  type TCoveragePoint,
  type TReliabilityBin,
} from "@/lib/metrics/calibration";

export type TInterval = { estimate: number | null; low: number | null; high: number | null };

/** What the run page shows about confidence; stored as RunCalibration.figures when a run completes. */
export type TCalibrationFigures = {
  /** Answered outputs with a confidence (what the figures cover) and without one (no log-probabilities came). */
  covered: number;
  missing: number;
  bins: TReliabilityBin[];
  ece: TInterval;
  brier: TInterval;
  auroc: number | null;
  coverage: TCoveragePoint[];
  /** Bootstrap resamples behind the intervals. */
  resamples: number;
};

// A bootstrap costs resamples × outputs: past 20 million draws the resamples shrink (never below 200), so a
// million-output run is summarised in seconds, once, when it completes.
const MAX_DRAWS = 20_000_000;

/** Calibration of a run's confidences, with seeded percentile-bootstrap 95% intervals for ECE and Brier. */
export function computeCalibrationFigures(
  items: readonly TCalibrationItem[],
  missing: number,
  options: { seed?: number; resamples?: number } = {},
): TCalibrationFigures {
  const resamples =
    options.resamples ?? Math.max(200, Math.min(1000, Math.floor(MAX_DRAWS / Math.max(items.length, 1))));
  const bootstrap = (statistic: (items: readonly TCalibrationItem[]) => number | null): TInterval => {
    const picked: TCalibrationItem[] = new Array(items.length);
    const bounds = bootstrapPercentile(
      items.length,
      (indices) => {
        for (let i = 0; i < indices.length; i += 1) picked[i] = items[indices[i]!]!;
        return statistic(picked);
      },
      { samples: resamples, seed: options.seed ?? 1 },
    );
    return { estimate: statistic(items), ...bounds };
  };
  return {
    covered: items.length,
    missing,
    bins: computeReliabilityBins(items),
    ece: bootstrap((sample) => computeEce(sample)),
    brier: bootstrap(computeBrier),
    auroc: computeAuroc(items),
    coverage: computeCoverageCurve(items),
    resamples,
  };
}
