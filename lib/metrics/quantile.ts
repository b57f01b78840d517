/**
 * Quantile of an ascending-sorted array by linear interpolation between closest ranks (Hyndman & Fan type 7).
 * This is R's default `quantile()`, numpy's default `percentile()` and Postgres `percentile_cont`, so values computed
 * here and in SQL agree. Returns null for an empty array.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const lowValue = sorted[lower] as number;
  const highValue = sorted[Math.min(lower + 1, n - 1)] as number;
  return lowValue + (h - lower) * (highValue - lowValue);
}

/** Quantile (type 7) of unsorted values. */
export function quantile(values: readonly number[], p: number): number | null {
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}
