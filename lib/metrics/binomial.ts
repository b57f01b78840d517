import { logGamma } from "./distributions";
import type { TRandom } from "./random";

/** Below this mean (n·min(p, 1-p)) inversion is cheap; above it BTRS takes O(1) uniforms per draw. */
const INVERSION_MAX_MEAN = 10;

/**
 * Exact binomial(n, p) draw from a seeded uniform source. Inversion (sequential search from 0) for a small mean,
 * otherwise Hörmann's BTRS, "transformed rejection with squeeze" (W. Hörmann, The generation of binomial random
 * variates, J. Stat. Comput. Simul. 46, 1993), which needs about 1.15 uniform pairs per draw whatever n is. Both
 * are exact: BTRS accepts against the true log-pmf (log-factorials via logGamma), not an approximation of it.
 */
export function drawBinomial(random: TRandom, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`binomial n must be an integer >= 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial p must be in [0, 1], got ${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  if (p > 0.5) return n - drawBinomial(random, n, 1 - p);
  return n * p < INVERSION_MAX_MEAN ? drawByInversion(random, n, p) : drawByBtrs(random, n, p);
}

/** Walks the pmf from 0 (P(0) = q^n, P(k) = P(k-1)·(n-k+1)/k·p/q) until the uniform is used up. */
function drawByInversion(random: TRandom, n: number, p: number): number {
  const q = 1 - p;
  const odds = p / q;
  const first = Math.exp(n * Math.log1p(-p));
  // Past this point the remaining mass is below float resolution: rounding left u unspent, so draw again.
  const bound = Math.min(n, Math.floor(n * p + 10 * Math.sqrt(n * p * q + 1)));
  for (;;) {
    let u = random();
    let mass = first;
    let k = 0;
    while (u > mass && k < bound) {
      u -= mass;
      k += 1;
      mass *= ((n - k + 1) / k) * odds;
    }
    if (u <= mass) return k;
  }
}

function logFactorial(k: number): number {
  return logGamma(k + 1);
}

function drawByBtrs(random: TRandom, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((n + 1) * p);
  const logPmfAtModeTerm = logFactorial(mode) + logFactorial(n - mode);
  for (;;) {
    const u = random() - 0.5;
    let v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    // The squeeze: inside this box the hat is below the pmf, so accept without evaluating it.
    if (us >= 0.07 && v <= vr) return k;
    // Both ends are outside the open intervals the algorithm draws from (mulberry32 can return exactly 0).
    if (us === 0 || v === 0) continue;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= logPmfAtModeTerm - logFactorial(k) - logFactorial(n - k) + (k - mode) * logOdds) return k;
  }
}

/**
 * Exact multinomial draw of n items over categories weighted by non-negative integer `weights` (probability
 * weights[i] / Σweights), as sequential conditional binomials: category i gets binomial(items left,
 * weights[i] / weights not yet visited). Writes the counts into `out`. Cost is O(categories), independent of n.
 */
export function drawMultinomial(random: TRandom, n: number, weights: readonly number[], out: number[]): void {
  let remainingWeight = 0;
  for (const weight of weights) remainingWeight += weight;
  if (n > 0 && remainingWeight <= 0) throw new RangeError("a multinomial draw needs a positive total weight");
  let left = n;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i] as number;
    if (left === 0 || weight === 0) {
      out[i] = 0;
    } else if (weight >= remainingWeight) {
      out[i] = left;
    } else {
      out[i] = drawBinomial(random, left, weight / remainingWeight);
    }
    left -= out[i] as number;
    remainingWeight -= weight;
  }
}
