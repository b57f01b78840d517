import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import { pairwiseOutcomeCtes } from "./outcomes-sql";

/** Drill-down filters: the jury's (or one judge's) outcome from the pair's first contestant's side. */
export const ZPairwiseSamplesQuery = z.object({
  pair: z.coerce.number().int().min(0).max(1000).optional(),
  judge: z.coerce.number().int().min(0).max(10).optional(),
  outcome: z.enum(["wins", "losses", "ties", "flipped", "failed"]).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export type TPairwiseSamplesQuery = z.infer<typeof ZPairwiseSamplesQuery>;

const OUTCOME_SQL = {
  wins: Prisma.sql`j.outcome = 'first'`,
  losses: Prisma.sql`j.outcome = 'second'`,
  ties: Prisma.sql`j.outcome = 'tie'`,
  flipped: Prisma.sql`j.flipped`,
  failed: Prisma.sql`j.outcome = 'failed'`,
} as const;

export type TPairwiseSampleRow = {
  sampleId: number;
  index: number;
  pairIndex: number;
  outcome: "first" | "second" | "tie" | "failed";
  flipped: boolean;
  question: string;
};

/** The (sample, pair) verdicts matching the filters, in index order, a page at a time. */
export async function listPairwiseSamples(db: TDb, judgingId: string, query: TPairwiseSamplesQuery) {
  const exists = await db.pairwiseJudging.findUnique({ where: { id: judgingId }, select: { id: true } });
  if (!exists) throw new ApiError(404, "pairwise_not_found", `Pairwise judging ${judgingId} does not exist.`);
  const limit = query.limit ?? 50;
  const where = [
    query.pair === undefined ? Prisma.empty : Prisma.sql`AND j."pairIndex" = ${query.pair}`,
    query.outcome === undefined ? Prisma.empty : Prisma.sql`AND ${OUTCOME_SQL[query.outcome]}`,
  ];
  const rows = await db.$queryRaw<(TPairwiseSampleRow & { matching: number })[]>`
    WITH ${pairwiseOutcomeCtes(judgingId, query.judge ?? null)}
    SELECT j."sampleId", s.index, j."pairIndex", j.outcome, coalesce(j.flipped, false) AS flipped,
           left(s.input, 300) AS question, count(*) OVER ()::int AS matching
    FROM jury j JOIN "Sample" s ON s.id = j."sampleId"
    WHERE true ${where[0]} ${where[1]}
    ORDER BY s.index, j."pairIndex" LIMIT ${limit} OFFSET ${query.offset ?? 0}`;
  return {
    total: rows[0]?.matching ?? 0,
    items: rows.map(({ matching: _matching, ...row }) => row),
  };
}

/** One sample of one pair: the question, both answers, and every judge's two verdicts with rationale and raw reply. */
export async function getPairwiseSample(db: TDb, judgingId: string, sampleId: number, pairIndex: number) {
  const judging = await db.pairwiseJudging.findUnique({ where: { id: judgingId } });
  if (!judging) throw new ApiError(404, "pairwise_not_found", `Pairwise judging ${judgingId} does not exist.`);
  const pair = (judging.pairs as [number, number][])[pairIndex];
  if (!pair) throw new ApiError(404, "pair_not_found", `Pair ${pairIndex} is not in pairwise judging ${judgingId}.`);
  const sample = await db.sample.findFirst({
    where: { id: sampleId, datasetId: judging.datasetId },
    select: { id: true, index: true, input: true, expected: true },
  });
  if (!sample) throw new ApiError(404, "sample_not_found", `Sample ${sampleId} is not in this judging's dataset.`);
  const answerOf = async (contestant: number) => {
    if (contestant >= judging.runIds.length) return sample.expected;
    const output = await db.output.findUnique({
      where: { runId_sampleId: { runId: judging.runIds[contestant]!, sampleId } },
      select: { rawText: true },
    });
    return output?.rawText ?? null;
  };
  const [first, second, calls] = await Promise.all([
    answerOf(pair[0]),
    answerOf(pair[1]),
    db.pairwiseVerdict.findMany({
      where: { pairwiseJudgingId: judgingId, sampleId, pairIndex },
      orderBy: [{ judgeIndex: "asc" }, { swapped: "asc" }],
      select: {
        judgeIndex: true,
        swapped: true,
        verdict: true,
        parseStatus: true,
        rationale: true,
        rawText: true,
        errorKind: true,
        errorMessage: true,
        cached: true,
      },
    }),
  ]);
  return { sample, pairIndex, pair, answers: { first, second }, calls };
}
