import { bootstrapReplicates } from "./bootstrap";
import { drawMultinomial } from "./binomial";
import { createEmptyConfusion, indexLabels, type TConfusion } from "./confusion";
import { normalQuantile, studentTQuantile } from "./distributions";
import type { TBootstrapOptions } from "./types";

/**
 * Non-inferiority of a candidate against a baseline on the same samples: H₀ candidate − baseline ≤ −margin, against
 * H₁ candidate − baseline > −margin, at one-sided level α (0.05 by default). The candidate passes when the one-sided
 * (1 − α) lower confidence bound of the paired difference is above −margin (the confidence-interval form of the test,
 * as in FDA/EMA non-inferiority guidance). docs/statistics.md has the derivations.
 */
export type TNonInferiorityBound = {
  /** Pairs the difference is computed on. */
  n: number;
  /** Candidate − baseline on those pairs; null without pairs. */
  estimate: number | null;
  /** One-sided (1 − α) lower bound of the difference; null when it cannot be computed. */
  lower: number | null;
};

export const DEFAULT_NON_INFERIORITY_ALPHA = 0.05;

function checkAlpha(alpha: number) {
  if (!(alpha > 0 && alpha < 0.5)) throw new RangeError(`one-sided alpha must be in (0, 0.5), got ${alpha}`);
}

/** Whether a bound shows non-inferiority at this margin (a positive number on the metric's scale). */
export function isNonInferior(bound: TNonInferiorityBound, margin: number): boolean {
  return bound.lower !== null && bound.lower > -margin;
}

/**
 * Difference of paired proportions (accuracy): `baselineOnly` pairs only the baseline got right, `candidateOnly`
 * pairs only the candidate got right, `n` pairs in all. Lower bound of Bonett & Price's adjusted Wald interval
 * (Bonett & Price 2012, "Adjusted Wald confidence interval for a difference of binomial proportions based on paired
 * data", J. Educ. Behav. Stat. 37:479-488): add one to each discordant count and two to n, then
 * δ̃ − z₁₋α √((p̃₁₀ + p̃₀₁ − δ̃²) / (n + 2)). Unlike the plain Wald bound it does not collapse to a zero-width
 * interval when the runs never disagree.
 */
export function pairedProportionLowerBound(
  counts: { baselineOnly: number; candidateOnly: number; n: number },
  alpha = DEFAULT_NON_INFERIORITY_ALPHA,
): TNonInferiorityBound {
  checkAlpha(alpha);
  const { baselineOnly, candidateOnly, n } = counts;
  if (n === 0) return { n, estimate: null, lower: null };
  const pBaseline = (baselineOnly + 1) / (n + 2);
  const pCandidate = (candidateOnly + 1) / (n + 2);
  const adjusted = pCandidate - pBaseline;
  const se = Math.sqrt((pBaseline + pCandidate - adjusted * adjusted) / (n + 2));
  return { n, estimate: (candidateOnly - baselineOnly) / n, lower: adjusted - normalQuantile(1 - alpha) * se };
}

/** Mean paired difference (judge notes): one-sided t lower bound mean − t₁₋α,n−1 · s / √n; null below two pairs. */
export function pairedMeanLowerBound(
  differences: readonly number[],
  alpha = DEFAULT_NON_INFERIORITY_ALPHA,
): TNonInferiorityBound {
  checkAlpha(alpha);
  const n = differences.length;
  if (n === 0) return { n, estimate: null, lower: null };
  const mean = differences.reduce((sum, d) => sum + d, 0) / n;
  if (n < 2) return { n, estimate: mean, lower: null };
  const sd = Math.sqrt(differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (n - 1));
  return { n, estimate: mean, lower: mean - (studentTQuantile(1 - alpha, n - 1) * sd) / Math.sqrt(n) };
}

/** One kind of pair, counted: the expected label and each run's prediction (null: an invalid answer). */
export type TPairedCell = { expected: string; baseline: string | null; candidate: string | null; count: number };

/**
 * A metric of the two runs computed from confusion matrices (validAccuracy, macroF1) with a paired percentile
 * bootstrap lower bound: resampling pairs keeps each sample's two answers together, and a resample only matters
 * through how many pairs land in each (expected, baseline, candidate) cell, so each replicate is one exact multinomial
 * draw over the non-empty cells (as bootstrapMacroF1 does for one run). The bound is the α quantile of the
 * replicates of metric(candidate) − metric(baseline).
 */
export function pairedConfusionLowerBound(
  labels: readonly string[],
  cells: readonly TPairedCell[],
  metric: (confusion: TConfusion) => number | null,
  options: TBootstrapOptions & { alpha?: number } = {},
): TNonInferiorityBound & { baselineValue: number | null; candidateValue: number | null } {
  const alpha = options.alpha ?? DEFAULT_NON_INFERIORITY_ALPHA;
  checkAlpha(alpha);
  const index = indexLabels(labels);
  const invalid = labels.length;
  const kept = cells.filter((cell) => cell.count > 0 && index.has(cell.expected));
  const positions = kept.map((cell) => ({
    row: index.get(cell.expected) as number,
    baseline: cell.baseline === null ? invalid : (index.get(cell.baseline) ?? invalid),
    candidate: cell.candidate === null ? invalid : (index.get(cell.candidate) ?? invalid),
  }));
  const n = kept.reduce((sum, cell) => sum + cell.count, 0);
  const baseline = createEmptyConfusion(labels);
  const candidate = createEmptyConfusion(labels);
  const fill = (counts: readonly number[]) => {
    for (const confusion of [baseline, candidate]) for (const row of confusion.counts) row.fill(0);
    positions.forEach((position, i) => {
      const count = counts[i] as number;
      const baselineRow = baseline.counts[position.row] as number[];
      const candidateRow = candidate.counts[position.row] as number[];
      baselineRow[position.baseline] = (baselineRow[position.baseline] as number) + count;
      candidateRow[position.candidate] = (candidateRow[position.candidate] as number) + count;
    });
  };
  const difference = (counts: readonly number[]) => {
    fill(counts);
    const a = metric(baseline);
    const b = metric(candidate);
    return a === null || b === null ? null : b - a;
  };
  if (n === 0) return { n, estimate: null, lower: null, baselineValue: null, candidateValue: null };
  const weights = kept.map((cell) => cell.count);
  fill(weights);
  const baselineValue = metric(baseline);
  const candidateValue = metric(candidate);
  const estimate = baselineValue === null || candidateValue === null ? null : candidateValue - baselineValue;
  const drawn = new Array<number>(weights.length).fill(0);
  const { low } = bootstrapReplicates(
    (random) => {
      drawMultinomial(random, n, weights, drawn);
      return difference(drawn);
    },
    { samples: options.samples ?? 2000, seed: options.seed, confidence: 1 - 2 * alpha },
  );
  return { n, estimate, lower: low, baselineValue, candidateValue };
}
