import { normalQuantile, studentTQuantile } from "./distributions";

/**
 * Power and sample size for paired comparisons, two-sided α = 0.05 and 80% power unless told otherwise. Formulas
 * (docs/statistics.md has the derivations and the reference values the tests pin):
 *
 * - Paired proportions, McNemar (Connor 1987, "Sample size for testing differences in proportions for the
 *   paired-sample design", Biometrics 43:207-211, the unconditional normal approximation):
 *     n = [z₁₋α/₂ √ψ + z₁₋β √(ψ − δ²)]² / δ²
 *   where ψ = p₁₀ + p₀₁ is the share of discordant pairs and δ = p₁₀ − p₀₁ the difference in accuracy. Connor's n
 *   is the one Miettinen (1968) gives to first order; we use Connor's form because it needs only ψ, which the
 *   leaderboard observes.
 * - Paired means, t test: n = (t₁₋α/₂,n−1 + t₁₋β,n−1)² σ_d² / δ², so the detectable δ for a given n is
 *   (t₁₋α/₂,n−1 + t₁₋β,n−1) σ_d / √n (the central-t approximation to power.t.test(type = "paired")).
 * - Wilcoxon signed-rank: the t test's n divided by the asymptotic relative efficiency, 3/π ≈ 0.955 under normal
 *   differences (Noether 1987), so its detectable δ is the t test's times √(π/3).
 */

export type TPowerOptions = {
  /** Two-sided significance level. */
  alpha?: number;
  /** 1 − β. */
  power?: number;
};

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_POWER = 0.8;
/** Asymptotic relative efficiency of the Wilcoxon signed-rank test to the t test for normal differences. */
export const WILCOXON_ARE = 3 / Math.PI;

function zValues(options: TPowerOptions) {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const power = options.power ?? DEFAULT_POWER;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
  return { alpha, power, zAlpha: normalQuantile(1 - alpha / 2), zBeta: normalQuantile(power) };
}

/**
 * Pairs needed (not rounded) for a McNemar test to detect an accuracy difference `difference` (δ, as a proportion)
 * when a share `discordance` (ψ) of pairs is discordant. Null when δ is impossible for ψ (|δ| > ψ) or either is 0.
 */
export function mcnemarSampleSize(difference: number, discordance: number, options: TPowerOptions = {}): number | null {
  const delta = Math.abs(difference);
  if (!(delta > 0) || !(discordance > 0) || delta > discordance || discordance > 1) return null;
  const { zAlpha, zBeta } = zValues(options);
  return (zAlpha * Math.sqrt(discordance) + zBeta * Math.sqrt(discordance - delta * delta)) ** 2 / (delta * delta);
}

/**
 * Smallest accuracy difference (a proportion) a McNemar test on `pairs` pairs with discordance ψ detects with the
 * given power: the δ where `mcnemarSampleSize` equals `pairs` (it falls as δ grows, so bisection finds it). Null
 * when there are no pairs or no discordance, or when even δ = ψ (every discordant pair one way) needs more pairs.
 */
export function mcnemarDetectableDifference(
  pairs: number,
  discordance: number,
  options: TPowerOptions = {},
): number | null {
  if (!(pairs > 0) || !(discordance > 0) || discordance > 1) return null;
  const largest = mcnemarSampleSize(discordance, discordance, options) as number;
  if (largest > pairs) return null;
  let low = 0;
  let high = discordance;
  for (let i = 0; i < 100 && high - low > 1e-12; i++) {
    const middle = (low + high) / 2;
    if ((mcnemarSampleSize(middle, discordance, options) ?? Infinity) > pairs) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * Discordance expected between two runs of accuracy p when their errors are independent: 2p(1 − p). Runs of
 * similar models make correlated mistakes and disagree less, so this is the cautious guess before any pair exists.
 */
export function independentDiscordance(accuracy: number): number {
  if (!(accuracy >= 0 && accuracy <= 1)) throw new RangeError(`accuracy must be in [0, 1], got ${accuracy}`);
  return 2 * accuracy * (1 - accuracy);
}

/** Smallest mean paired difference a two-sided paired t test on n pairs with difference SD σ_d detects. */
export function pairedTDetectableDifference(pairs: number, sdDifference: number, options: TPowerOptions = {}) {
  if (!(pairs >= 2) || !(sdDifference >= 0)) return null;
  const { alpha, power } = zValues(options);
  const df = pairs - 1;
  return ((studentTQuantile(1 - alpha / 2, df) + studentTQuantile(power, df)) * sdDifference) / Math.sqrt(pairs);
}

/** Pairs (not rounded) a paired t test needs for a mean difference δ with difference SD σ_d: iterated on its df. */
export function pairedTSampleSize(difference: number, sdDifference: number, options: TPowerOptions = {}) {
  const delta = Math.abs(difference);
  if (!(delta > 0) || !(sdDifference > 0)) return null;
  const { alpha, power, zAlpha, zBeta } = zValues(options);
  let n = Math.max(2, ((zAlpha + zBeta) * sdDifference) ** 2 / delta ** 2);
  for (let i = 0; i < 50; i++) {
    const df = Math.max(1, n - 1);
    const next = ((studentTQuantile(1 - alpha / 2, df) + studentTQuantile(power, df)) * sdDifference) ** 2 / delta ** 2;
    if (Math.abs(next - n) < 1e-9) return next;
    n = next;
  }
  return n;
}

/** The Wilcoxon signed-rank test's detectable difference: the t test's, widened by 1/√ARE (ARE = 3/π). */
export function wilcoxonDetectableDifference(pairs: number, sdDifference: number, options: TPowerOptions = {}) {
  const t = pairedTDetectableDifference(pairs, sdDifference, options);
  return t === null ? null : t / Math.sqrt(WILCOXON_ARE);
}
