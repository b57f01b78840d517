import { normalCdf } from "./distributions";
import { rankWithTies } from "./ranks";

export type TWilcoxonOptions = {
  /** "wilcox" drops zero differences (R's default); "pratt" ranks them and then drops their ranks (Pratt 1959). */
  zeroMethod?: "wilcox" | "pratt";
  /** Continuity correction in the normal approximation (R's `correct = TRUE`). */
  correction?: boolean;
  /** "auto": exact when fewer than 50 non-zero differences and no ties or zeros, else normal. */
  method?: "auto" | "exact" | "normal";
};

export type TWilcoxonResult = {
  /** Pairs given. */
  n: number;
  zeros: number;
  /** Sum of ranks of positive differences a - b (R's V). */
  wPlus: number;
  wMinus: number;
  /** Two-sided p-value; 1 when every difference is zero (no evidence of a difference). */
  pValue: number;
  method: "exact" | "normal";
  /** Standardised statistic of the normal approximation (after continuity correction); null for exact. */
  z: number | null;
};

/** P(W+ <= w) for n untied, non-zero differences: counts of subsets of {1..n} by rank sum (exact while 2^n < 2^53). */
function exactSignedRankCdf(n: number): (w: number) => number {
  const maxSum = (n * (n + 1)) / 2;
  const ways = new Array<number>(maxSum + 1).fill(0);
  ways[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    for (let sum = maxSum; sum >= rank; sum--) ways[sum] = (ways[sum] as number) + (ways[sum - rank] as number);
  }
  const total = 2 ** n;
  return (w) => {
    let count = 0;
    for (let sum = 0; sum <= Math.min(w, maxSum); sum++) count += ways[sum] as number;
    return count / total;
  };
}

/**
 * Two-sided Wilcoxon signed-rank test on paired values a[i] vs b[i]. Defaults match R's
 * `wilcox.test(a, b, paired = TRUE)`: zeros dropped, tied |differences| get average ranks, exact distribution when
 * fewer than 50 differences remain and there are no ties or zeros, otherwise the normal approximation with tie
 * correction and continuity correction. With zeroMethod "pratt" the normal approximation uses Cureton's adjusted mean
 * and variance, as scipy's `wilcoxon(zero_method="pratt")`.
 */
export function wilcoxonSignedRank(
  a: readonly number[],
  b: readonly number[],
  options: TWilcoxonOptions = {},
): TWilcoxonResult {
  if (a.length !== b.length) throw new RangeError("paired samples must have the same length");
  const zeroMethod = options.zeroMethod ?? "wilcox";
  const allDifferences = a.map((value, i) => value - (b[i] as number));
  const zeros = allDifferences.filter((d) => d === 0).length;
  const ranked = zeroMethod === "pratt" ? allDifferences : allDifferences.filter((d) => d !== 0);
  const { ranks } = rankWithTies(ranked.map(Math.abs));
  let wPlus = 0;
  let wMinus = 0;
  const nonZeroRanks: number[] = [];
  ranked.forEach((d, i) => {
    if (d > 0) wPlus += ranks[i] as number;
    if (d < 0) wMinus += ranks[i] as number;
    if (d !== 0) nonZeroRanks.push(ranks[i] as number);
  });
  const base = { n: a.length, zeros, wPlus, wMinus };
  const nonZero = nonZeroRanks.length;
  if (nonZero === 0) return { ...base, pValue: 1, method: "normal", z: null };

  const tieSizes = rankWithTies(nonZeroRanks).tieSizes;
  const exactAllowed = tieSizes.length === 0 && zeros === 0;
  const method = options.method ?? "auto";
  if (method === "exact" && !exactAllowed) throw new RangeError("the exact distribution needs no ties and no zeros");
  if (method === "exact" || (method === "auto" && exactAllowed && nonZero < 50)) {
    const cdf = exactSignedRankCdf(nonZero);
    const lower = cdf(wPlus);
    // P(W+ >= w) = P(W+ <= n(n+1)/2 - w) by symmetry; avoids 1 - cdf losing the far tail.
    const upper = cdf((nonZero * (nonZero + 1)) / 2 - wPlus);
    return { ...base, pValue: Math.min(1, 2 * Math.min(lower, upper)), method: "exact", z: null };
  }

  const count = ranked.length;
  const prattZeros = zeroMethod === "pratt" ? zeros : 0;
  const mean = (count * (count + 1) - prattZeros * (prattZeros + 1)) / 4;
  const tieTerm = tieSizes.reduce((sum, t) => sum + t ** 3 - t, 0) / 2;
  const variance =
    (count * (count + 1) * (2 * count + 1) - prattZeros * (prattZeros + 1) * (2 * prattZeros + 1) - tieTerm) / 24;
  const centred = wPlus - mean;
  const correction = options.correction === false ? 0 : Math.sign(centred) * 0.5;
  const z = (centred - correction) / Math.sqrt(variance);
  return { ...base, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))), method: "normal", z };
}
