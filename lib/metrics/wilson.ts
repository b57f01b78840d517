import { createEmptyInterval, Z_95, type TInterval } from "./types";

/**
 * Wilson score interval for a binomial proportion, without continuity correction: the interval R's
 * `prop.test(x, n, correct = FALSE)` reports. `estimate` is the observed proportion x/n (not the interval's centre).
 * n = 0 gives all-null: there is no proportion to report.
 */
export function wilson(successes: number, n: number, z: number = Z_95): TInterval {
  if (!Number.isInteger(successes) || !Number.isInteger(n) || successes < 0 || successes > n) {
    throw new RangeError(`wilson needs integers 0 <= successes <= n, got ${successes}/${n}`);
  }
  if (n === 0) return createEmptyInterval();
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or 1 the bound is exactly 0 or 1 mathematically; clamp away float dust so it is not -1e-17.
  const low = successes === 0 ? 0 : Math.max(0, centre - halfWidth);
  const high = successes === n ? 1 : Math.min(1, centre + halfWidth);
  return { estimate: p, low, high };
}
