import { bootstrapReplicates } from "@/lib/metrics/bootstrap";
import type { TLabelScoringMethod } from "./label-calls";
import {
  computeAuroc,
  computeBrier,
  computeCoverageCurve,
  computeEce,
  computeReliabilityBins,
  RELIABILITY_BINS,
  type TCalibrationItem,
  type TCoveragePoint,
  type TReliabilityBin,
} from "@/lib/metrics/calibration";
import { quantileSorted } from "@/lib/metrics/quantile";
import { drawIndex } from "@/lib/metrics/random";

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
  /** Bootstrap resamples behind the intervals, and their size (smaller than `covered` past RESAMPLE_CAP). */
  resamples: number;
  resampleSize: number;
  /**
   * LOGPROBS runs: how many answers each label-scoring method read (lib/answer-modes/label-calls.ts); absent for
   * the other modes and for figures stored before it was counted.
   */
  labelScoring?: Partial<Record<TLabelScoringMethod, number>>;
};

const DEFAULT_RESAMPLES = 200;
/**
 * Past this many outputs the intervals come from an m-out-of-n bootstrap (resamples of this size, their spread scaled
 * by √(m/n)): a full bootstrap of a million outputs would block the worker for tens of seconds when the run completes.
 */
export const RESAMPLE_CAP = 50_000;

/**
 * Calibration of a run's confidences: the figures on every output, and seeded percentile-bootstrap 95% intervals for
 * ECE and Brier (both from the same resamples, in one pass each).
 */
export function computeCalibrationFigures(
  items: readonly TCalibrationItem[],
  missing: number,
  options: { seed?: number; resamples?: number; resampleCap?: number } = {},
): TCalibrationFigures {
  const n = items.length;
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const m = Math.min(n, options.resampleCap ?? RESAMPLE_CAP);
  const ece = computeEce(items);
  const brier = computeBrier(items);
  const intervals = n === 0 ? null : bootstrapBoth(items, m, resamples, options.seed ?? 1);
  const scale = n === 0 ? 1 : Math.sqrt(m / n);
  const widen = (estimate: number | null, bounds: { low: number | null; high: number | null } | undefined) =>
    estimate === null || !bounds || bounds.low === null || bounds.high === null
      ? { estimate, low: null, high: null }
      : {
          estimate,
          low: Math.max(0, estimate - (estimate - bounds.low) * scale),
          high: estimate + (bounds.high - estimate) * scale,
        };
  return {
    covered: n,
    missing,
    bins: computeReliabilityBins(items),
    ece: widen(ece, intervals?.ece),
    brier: widen(brier, intervals?.brier),
    auroc: computeAuroc(items),
    coverage: computeCoverageCurve(items),
    resamples,
    resampleSize: m,
  };
}

/** One resample gives an ECE and a Brier replicate: per-bin sums over drawn indices of typed arrays. */
function bootstrapBoth(items: readonly TCalibrationItem[], m: number, resamples: number, seed: number) {
  const n = items.length;
  const confidence = new Float64Array(n);
  const correct = new Uint8Array(n);
  const bin = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const item = items[i]!;
    confidence[i] = item.confidence;
    correct[i] = item.correct ? 1 : 0;
    bin[i] = Math.min(RELIABILITY_BINS - 1, Math.max(0, Math.floor(item.confidence * RELIABILITY_BINS)));
  }
  const count = new Float64Array(RELIABILITY_BINS);
  const sumConfidence = new Float64Array(RELIABILITY_BINS);
  const sumCorrect = new Float64Array(RELIABILITY_BINS);
  const brierReplicates: number[] = [];
  const eceBounds = bootstrapReplicates(
    (random) => {
      count.fill(0);
      sumConfidence.fill(0);
      sumCorrect.fill(0);
      let squares = 0;
      for (let draw = 0; draw < m; draw += 1) {
        const i = drawIndex(random, n);
        const b = bin[i]!;
        count[b]! += 1;
        sumConfidence[b]! += confidence[i]!;
        sumCorrect[b]! += correct[i]!;
        squares += (confidence[i]! - correct[i]!) ** 2;
      }
      brierReplicates.push(squares / m);
      let gap = 0;
      for (let b = 0; b < RELIABILITY_BINS; b += 1) gap += Math.abs(sumCorrect[b]! - sumConfidence[b]!);
      return gap / m;
    },
    { samples: resamples, seed },
  );
  brierReplicates.sort((a, b) => a - b);
  return {
    ece: eceBounds,
    brier: { low: quantileSorted(brierReplicates, 0.025), high: quantileSorted(brierReplicates, 0.975) },
  };
}
