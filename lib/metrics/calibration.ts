import { averageRanks } from "./ranks";

/** One answered output with a confidence: the probability the model gave its answer, and whether it was right. */
export type TCalibrationItem = { confidence: number; correct: boolean };

export type TReliabilityBin = {
  /** Confidence range [lower, upper) (the last bin includes 1). */
  lower: number;
  upper: number;
  count: number;
  /** null for an empty bin: a gap in the diagram, not a zero. */
  meanConfidence: number | null;
  accuracy: number | null;
};

export type TCoveragePoint = { threshold: number; coverage: number; accuracy: number | null; answered: number };

export const RELIABILITY_BINS = 10;

const binOf = (confidence: number, bins: number) => Math.min(bins - 1, Math.max(0, Math.floor(confidence * bins)));

/** Equal-width bins of confidence with the count, mean confidence and accuracy of each. */
export function computeReliabilityBins(items: readonly TCalibrationItem[], bins = RELIABILITY_BINS): TReliabilityBin[] {
  const count = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  for (const item of items) {
    const bin = binOf(item.confidence, bins);
    count[bin]! += 1;
    confidence[bin]! += item.confidence;
    if (item.correct) correct[bin]! += 1;
  }
  return count.map((n, bin) => ({
    lower: bin / bins,
    upper: (bin + 1) / bins,
    count: n,
    meanConfidence: n === 0 ? null : confidence[bin]! / n,
    accuracy: n === 0 ? null : correct[bin]! / n,
  }));
}

/** Expected calibration error: the count-weighted mean over bins of |accuracy - mean confidence|; null when empty. */
export function computeEce(items: readonly TCalibrationItem[], bins = RELIABILITY_BINS): number | null {
  if (items.length === 0) return null;
  let sum = 0;
  for (const bin of computeReliabilityBins(items, bins)) {
    if (bin.count > 0) sum += bin.count * Math.abs(bin.accuracy! - bin.meanConfidence!);
  }
  return sum / items.length;
}

/** Brier score of the confidence as a forecast of correctness: mean (confidence - correct)²; null when empty. */
export function computeBrier(items: readonly TCalibrationItem[]): number | null {
  if (items.length === 0) return null;
  let sum = 0;
  for (const item of items) sum += (item.confidence - (item.correct ? 1 : 0)) ** 2;
  return sum / items.length;
}

/**
 * Area under the ROC curve of confidence as a score for correctness (Mann-Whitney U / (n₁ n₀), ties counted half):
 * the chance a right answer has a higher confidence than a wrong one. Null without both right and wrong answers.
 */
export function computeAuroc(items: readonly TCalibrationItem[]): number | null {
  const positives = items.filter((item) => item.correct).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const ranks = averageRanks(items.map((item) => item.confidence));
  let rankSum = 0;
  items.forEach((item, index) => {
    if (item.correct) rankSum += ranks[index]!;
  });
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * "Answer only when confident": for each threshold 0, 0.05, ..., 0.95, the share of outputs with a confidence at
 * least that high (coverage) and their accuracy (null once none are left).
 */
export function computeCoverageCurve(items: readonly TCalibrationItem[], steps = 20): TCoveragePoint[] {
  const points: TCoveragePoint[] = [];
  for (let step = 0; step < steps; step += 1) {
    const threshold = step / steps;
    let answered = 0;
    let correct = 0;
    for (const item of items) {
      if (item.confidence < threshold) continue;
      answered += 1;
      if (item.correct) correct += 1;
    }
    points.push({
      threshold,
      answered,
      coverage: items.length === 0 ? 0 : answered / items.length,
      accuracy: answered === 0 ? null : correct / answered,
    });
  }
  return points;
}
