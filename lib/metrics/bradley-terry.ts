import { quantileSorted } from "./quantile";
import { createRandom, drawIndex } from "./random";
import { DEFAULT_BOOTSTRAP_SAMPLES, DEFAULT_BOOTSTRAP_SEED } from "./types";

/** Chatbot Arena's Elo-like scale: 400 points per factor of 10 in the odds of winning, centred on 1000. */
export const ELO_SCALE = 400;
export const ELO_BASE = 1000;

/**
 * Bradley-Terry strengths by Hunter's (2004) MM algorithm: `wins[i][j]` is how often i beat j (a tie counts half a
 * win for each). Returns log10-strengths centred on 0 (mean over contestants), or null for a contestant with no
 * game. The fit is the maximum-likelihood one when it exists; a contestant that never won (or never lost) has none,
 * so callers add `prior` virtual wins each way between every pair that met (a weak prior, 0 = the plain MLE).
 */
export function fitBradleyTerry(
  wins: readonly (readonly number[])[],
  options: { prior?: number; maxIterations?: number; tolerance?: number } = {},
): (number | null)[] {
  const k = wins.length;
  const prior = options.prior ?? 0;
  const w = (i: number, j: number) => (wins[i] as readonly number[])[j] as number;
  const games = (i: number, j: number) => {
    const played = w(i, j) + w(j, i);
    return played > 0 ? played + 2 * prior : 0;
  };
  const totalWins = Array.from({ length: k }, (_, i) => {
    let sum = 0;
    for (let j = 0; j < k; j++) if (j !== i && games(i, j) > 0) sum += w(i, j) + prior;
    return sum;
  });
  const played = totalWins.map((_, i) => wins.some((_, j) => j !== i && games(i, j) > 0));
  let p = new Array<number>(k).fill(1);
  const maxIterations = options.maxIterations ?? 10_000;
  const tolerance = options.tolerance ?? 1e-12;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = p.map((strength, i) => {
      if (!played[i]) return strength;
      let denominator = 0;
      for (let j = 0; j < k; j++) {
        const n = j === i ? 0 : games(i, j);
        if (n > 0) denominator += n / (strength + (p[j] as number));
      }
      return (totalWins[i] as number) / denominator;
    });
    // Normalise to geometric mean 1 over the contestants that played (the scale is free).
    const logs = next.filter((_, i) => played[i]).map((value) => Math.log(value));
    const shift = Math.exp(logs.reduce((sum, value) => sum + value, 0) / Math.max(1, logs.length));
    for (let i = 0; i < k; i++) if (played[i]) next[i] = (next[i] as number) / shift;
    const change = next.reduce((max, value, i) => Math.max(max, Math.abs(Math.log(value / (p[i] as number)))), 0);
    p = next;
    if (!(change > tolerance)) break;
  }
  return p.map((strength, i) => (played[i] && strength > 0 && Number.isFinite(strength) ? Math.log10(strength) : null));
}

/** log10-strengths onto the Elo-like scale (1000 ± 400 per factor of ten in the odds). */
export function toEloScale(logStrengths: readonly (number | null)[]): (number | null)[] {
  return logStrengths.map((value) => (value === null ? null : ELO_BASE + ELO_SCALE * value));
}

/**
 * Per-sample outcomes of the pairs, flat: `outcomes[s * pairs.length + p]` is 1 (the pair's first contestant won),
 * 2 (the second won), 3 (a tie) or 0 (no verdict).
 */
export type TPairOutcomes = {
  contestants: number;
  pairs: readonly (readonly [number, number])[];
  outcomes: Uint8Array;
};

/** The win matrix of a set of samples; `weights[s]` is how often sample s is counted (a bootstrap resample). */
export function buildWinMatrix(data: TPairOutcomes, weights?: Int32Array): number[][] {
  const { contestants, pairs, outcomes } = data;
  const perPair = pairs.length;
  const samples = perPair === 0 ? 0 : outcomes.length / perPair;
  // Four slots per pair, indexed by the outcome itself (slot 0 collects "no verdict"): a branch-free inner loop, the
  // hot spot of the bootstrap (pairs × samples additions per resample).
  const tally = new Float64Array(perPair * 4);
  for (let s = 0; s < samples; s++) {
    const weight = weights ? (weights[s] as number) : 1;
    if (weight === 0) continue;
    const base = s * perPair;
    for (let p = 0; p < perPair; p++) {
      const slot = (p << 2) | (outcomes[base + p] as number);
      tally[slot] = (tally[slot] as number) + weight;
    }
  }
  const matrix = Array.from({ length: contestants }, () => new Array<number>(contestants).fill(0));
  pairs.forEach(([x, y], p) => {
    const first = tally[(p << 2) | 1] as number;
    const second = tally[(p << 2) | 2] as number;
    const ties = tally[(p << 2) | 3] as number;
    (matrix[x] as number[])[y] = ((matrix[x] as number[])[y] as number) + first + ties / 2;
    (matrix[y] as number[])[x] = ((matrix[y] as number[])[x] as number) + second + ties / 2;
  });
  return matrix;
}

export type TRating = { rating: number | null; low: number | null; high: number | null };

/**
 * Bradley-Terry ratings on the Elo-like scale with seeded percentile-bootstrap 95% intervals, resampling samples
 * (every pair's verdict on a sample travels with it).
 */
export function computeBradleyTerryRatings(
  data: TPairOutcomes,
  options: { samples?: number; seed?: number; prior?: number } = {},
): TRating[] {
  const prior = options.prior ?? 0.5;
  const point = toEloScale(fitBradleyTerry(buildWinMatrix(data), { prior }));
  const size = data.pairs.length === 0 ? 0 : data.outcomes.length / data.pairs.length;
  const resamples = size === 0 ? 0 : (options.samples ?? DEFAULT_BOOTSTRAP_SAMPLES);
  const random = createRandom(options.seed ?? DEFAULT_BOOTSTRAP_SEED);
  const weights = new Int32Array(size);
  const replicates = point.map(() => [] as number[]);
  for (let b = 0; b < resamples; b++) {
    weights.fill(0);
    for (let i = 0; i < size; i++) weights[drawIndex(random, size)]! += 1;
    const ratings = toEloScale(fitBradleyTerry(buildWinMatrix(data, weights), { prior, tolerance: 1e-9 }));
    ratings.forEach((rating, i) => {
      if (rating !== null) (replicates[i] as number[]).push(rating);
    });
  }
  return point.map((rating, i) => {
    const sorted = (replicates[i] as number[]).sort((x, y) => x - y);
    return { rating, low: quantileSorted(sorted, 0.025), high: quantileSorted(sorted, 0.975) };
  });
}
