import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import { chunkSpan } from "@/lib/jobs/chunks";

/** What the target queries need of a judging. */
export type TJudgingTarget = {
  id: string;
  datasetId: string;
  /** null = the dataset's reference answers are graded. */
  runId: string | null;
  split: "TRAIN" | "TEST" | null;
  total: number;
  lastIndex: number;
};

export type TPendingTarget = { id: number; index: number; question: string; reference: string; answer: string };

/**
 * The answers a judging grades, as one SQL fragment over samples `s`: a run's answered outputs (errors have no answer
 * to grade), or the references of the baseline's sample set. `answer` is the text under review.
 */
function targetSource(judging: TJudgingTarget): Prisma.Sql {
  if (judging.runId !== null) {
    return Prisma.sql`
      SELECT s.id, s.index, s.input AS question, s.expected AS reference, o."rawText" AS answer
      FROM "Output" o JOIN "Sample" s ON s.id = o."sampleId"
      WHERE o."runId" = ${judging.runId}::uuid AND o."errorKind" IS NULL AND o."rawText" IS NOT NULL`;
  }
  return Prisma.sql`
    SELECT s.id, s.index, s.input AS question, s.expected AS reference, s.expected AS answer
    FROM "Sample" s
    WHERE s."datasetId" = ${judging.datasetId}::uuid AND s.index <= ${judging.lastIndex}
      AND (${judging.split}::text IS NULL OR s.split::text = ${judging.split}::text)`;
}

/** Targets of one index range that have no judgement yet, in index order. */
export function findPendingTargets(
  db: TDb,
  judging: TJudgingTarget,
  range: { fromIndex: number; toIndex: number },
): Promise<TPendingTarget[]> {
  return db.$queryRaw<TPendingTarget[]>`
    SELECT t.* FROM (${targetSource(judging)}) t
    WHERE t.index BETWEEN ${range.fromIndex} AND ${range.toIndex}
      AND NOT EXISTS (SELECT 1 FROM "Judgement" j WHERE j."judgingId" = ${judging.id}::uuid AND j."sampleId" = t.id)
    ORDER BY t.index`;
}

/** Chunk numbers that still hold targets without a judgement. */
export async function findChunksWithMissingJudgements(db: TDb, judging: TJudgingTarget): Promise<number[]> {
  const span = chunkSpan(judging);
  const rows = await db.$queryRaw<{ chunk: number }[]>`
    SELECT DISTINCT (t.index / ${span}::int)::int AS chunk FROM (${targetSource(judging)}) t
    WHERE NOT EXISTS (SELECT 1 FROM "Judgement" j WHERE j."judgingId" = ${judging.id}::uuid AND j."sampleId" = t.id)
    ORDER BY chunk`;
  return rows.map((row) => row.chunk);
}

/** How many answers a judging grades (fixed when it starts: a run's answered outputs). */
export async function countTargets(db: TDb, judging: TJudgingTarget): Promise<number> {
  const [row] = await db.$queryRaw<
    { count: number }[]
  >`SELECT count(*)::int AS count FROM (${targetSource(judging)}) t`;
  return row?.count ?? 0;
}
