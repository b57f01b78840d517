import type { TCalibrationFigures } from "@/lib/answer-modes/calibration";

export type TReliabilityPoint = {
  /** Bin midpoint on the confidence axis (0.05, 0.15, ...), where the bar is drawn. */
  mid: number;
  range: string;
  /** null for an empty bin: no bar (a gap), never a zero. */
  accuracy: number | null;
  meanConfidence: number | null;
  count: number;
};

export type TCoverageChartPoint = { threshold: number; coverage: number; accuracy: number };

/** The reliability diagram's bars: one per bin, accuracy against the bin's confidence range, with its count. */
export function prepareReliabilityPoints(figures: TCalibrationFigures): TReliabilityPoint[] {
  return figures.bins.map((bin) => ({
    mid: (bin.lower + bin.upper) / 2,
    range: `${bin.lower.toFixed(1)}–${bin.upper.toFixed(1)}`,
    accuracy: bin.accuracy,
    meanConfidence: bin.meanConfidence,
    count: bin.count,
  }));
}

/**
 * The accuracy-coverage curve: one point per threshold that leaves some outputs answered, ordered by coverage
 * (threshold 0 answers everything, coverage 1), so the line reads "answer less, be right more often".
 */
export function prepareCoveragePoints(figures: TCalibrationFigures): TCoverageChartPoint[] {
  const points: TCoverageChartPoint[] = [];
  for (const point of figures.coverage) {
    if (point.accuracy === null) continue;
    const last = points.at(-1);
    // Thresholds between two confidences answer the same outputs: one point per distinct coverage.
    if (last && last.coverage === point.coverage) continue;
    points.push({ threshold: point.threshold, coverage: point.coverage, accuracy: point.accuracy });
  }
  return points.sort((a, b) => a.coverage - b.coverage);
}
