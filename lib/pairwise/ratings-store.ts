import type { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import { buildWinMatrix, computeBradleyTerryRatings, type TRating } from "@/lib/metrics/bradley-terry";
import { pairwiseOutcomeCtes } from "./outcomes-sql";
import { getPairResults, type TPairResult } from "./results";

export const RATING_RESAMPLES = 1000;
export const RATING_SEED = 1;

export type TStoredRatings = {
  generation: number;
  resamples: number;
  seed: number;
  /** Per contestant (runIds order, then "dataset"). */
  ratings: TRating[];
  /** winRates[i][j]: i's win rate against j with ties as half (null when they did not meet). */
  winRates: (number | null)[][];
  /** The jury's results per pair when it completed (the leaderboard reads these, never the verdicts). */
  pairResults?: TPairResult[];
};

const CODE = { first: 1, second: 2, tie: 3 } as const;

/** The jury's per-sample outcomes of every pair, packed for the ratings (lib/metrics/bradley-terry.ts). */
export async function loadPairOutcomes(db: TDb, judgingId: string, pairs: number): Promise<Uint8Array> {
  const rows = await db.$queryRaw<{ sampleId: number; pairIndex: number; outcome: string }[]>`
    WITH ${pairwiseOutcomeCtes(judgingId)}
    SELECT "sampleId", "pairIndex", outcome FROM jury WHERE outcome <> 'failed'`;
  const dense = new Map<number, number>();
  for (const row of rows) if (!dense.has(row.sampleId)) dense.set(row.sampleId, dense.size);
  const outcomes = new Uint8Array(dense.size * pairs);
  for (const row of rows) {
    outcomes[(dense.get(row.sampleId) as number) * pairs + row.pairIndex] = CODE[row.outcome as keyof typeof CODE];
  }
  return outcomes;
}

/** Ratings, intervals and the win-rate matrix from packed outcomes (pure: the bench times it). */
export function computeStoredRatings(
  input: { contestants: number; pairs: [number, number][]; outcomes: Uint8Array; generation: number },
  options: { resamples?: number; seed?: number } = {},
): TStoredRatings {
  const resamples = options.resamples ?? RATING_RESAMPLES;
  const seed = options.seed ?? RATING_SEED;
  const data = { contestants: input.contestants, pairs: input.pairs, outcomes: input.outcomes };
  const ratings = computeBradleyTerryRatings(data, { samples: resamples, seed });
  const wins = buildWinMatrix(data);
  const winRates = wins.map((row, i) =>
    row.map((value, j) => {
      const games = value + ((wins[j] as number[])[i] as number);
      return i === j || games === 0 ? null : value / games;
    }),
  );
  return { generation: input.generation, resamples, seed, ratings, winRates };
}

/** Fitted once, when the judging completes (the engine's onCompleted); reading them never refits. */
export async function storePairwiseRatings(db: TDb, judgingId: string): Promise<TStoredRatings> {
  const judging = await db.pairwiseJudging.findUniqueOrThrow({ where: { id: judgingId } });
  const pairs = judging.pairs as [number, number][];
  const contestants = judging.runIds.length + (judging.includeReference ? 1 : 0);
  const outcomes = await loadPairOutcomes(db, judgingId, pairs.length);
  const stored = {
    ...computeStoredRatings({ contestants, pairs, outcomes, generation: judging.generation }),
    pairResults: await getPairResults(db, judgingId),
  };
  await db.pairwiseJudging.update({
    where: { id: judgingId },
    data: { ratings: stored as unknown as Prisma.InputJsonValue },
  });
  return stored;
}

/** A resume or re-run changes the verdicts: the stored ratings go until the judging completes again. */
export async function clearPairwiseRatings(db: TDb, judgingId: string): Promise<void> {
  await db.$executeRaw`UPDATE "PairwiseJudging" SET ratings = NULL WHERE id = ${judgingId}::uuid`;
}
