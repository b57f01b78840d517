import { averageRanks } from "./ranks";

/** Pearson correlation; null with fewer than 2 pairs or when either side has zero variance. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) throw new RangeError("correlation needs paired samples of equal length");
  const n = x.length;
  if (n < 2) return null;
  const meanX = x.reduce((s, v) => s + v, 0) / n;
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - meanX;
    const dy = (y[i] as number) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Spearman's rho as Pearson correlation of average ranks, which handles ties correctly (the 1 - 6Σd²/(n(n²-1))
 * shortcut does not). Same as R's `cor(x, y, method = "spearman")` and scipy's `spearmanr`.
 */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) throw new RangeError("correlation needs paired samples of equal length");
  return pearson(averageRanks(x), averageRanks(y));
}
