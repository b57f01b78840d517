/**
 * A point estimate with a (by default 95%) interval. Every field is null when it cannot be computed (no data, or
 * too little data for the interval): a missing value is never NaN and never 0.
 */
export type TInterval = { estimate: number | null; low: number | null; high: number | null };

/** A fresh all-null interval (fresh so a caller that edits one result cannot change another). */
export function createEmptyInterval(): TInterval {
  return { estimate: null, low: null, high: null };
}

/** z for a two-sided 95% normal interval (qnorm(0.975) = 1.959963985, rounded as the design states). */
export const Z_95 = 1.959964;

export type TBootstrapOptions = {
  /** Number of bootstrap resamples (B). */
  samples?: number;
  /** PRNG seed; the same seed, B and data always give the same interval. */
  seed?: number;
  /** Two-sided coverage of the percentile interval. */
  confidence?: number;
};

export const DEFAULT_BOOTSTRAP_SAMPLES = 1000;
export const DEFAULT_BOOTSTRAP_SEED = 1;
