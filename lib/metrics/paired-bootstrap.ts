import { bootstrapMean } from "./bootstrap";
import type { TBootstrapOptions, TInterval } from "./types";

export type TPairedDifference = TInterval & {
  /** Pairs where both values are present. */
  n: number;
};

/**
 * Mean of a[i] - b[i] over pairs where both values are non-null, with a seeded percentile bootstrap interval that
 * resamples pairs (so the correlation between the two runs on the same sample is kept). An interval that excludes 0
 * means the difference is significant at the chosen confidence.
 */
export function pairedBootstrapMeanDifference(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
  options: TBootstrapOptions = {},
): TPairedDifference {
  if (a.length !== b.length) throw new RangeError("paired samples must have the same length");
  const differences: number[] = [];
  a.forEach((value, i) => {
    const other = b[i];
    if (value !== null && other !== null && other !== undefined) differences.push(value - other);
  });
  if (differences.length === 0) return { n: 0, estimate: null, low: null, high: null };
  const estimate = differences.reduce((sum, d) => sum + d, 0) / differences.length;
  return { n: differences.length, estimate, ...bootstrapMean(differences, options) };
}
