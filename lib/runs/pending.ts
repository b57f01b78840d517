import type { TDb } from "@/lib/db/prisma";
import { chunkSpan } from "@/lib/jobs/chunks";
import type { TRunContext } from "./run-context";

// What is left of a run: samples of its set without an output row.

export type TPendingSample = { id: number; index: number; input: string; expected: string };

/** Samples of one index range that have no output yet, in index order. */
export function findPendingSamples(
  db: TDb,
  context: TRunContext,
  range: { fromIndex: number; toIndex: number },
): Promise<TPendingSample[]> {
  const run = context.job;
  return db.$queryRaw<TPendingSample[]>`
    SELECT s.id, s.index, s.input, s.expected FROM "Sample" s
    WHERE s."datasetId" = ${run.datasetId}::uuid AND s.split = ${run.split}::"Split"
      AND s.index BETWEEN ${range.fromIndex} AND ${range.toIndex}
      AND NOT EXISTS (SELECT 1 FROM "Output" o WHERE o."runId" = ${run.id}::uuid AND o."sampleId" = s.id)
    ORDER BY s.index`;
}

/** Chunk numbers (lib/jobs/chunks.ts) that still hold samples of the run without an output. */
export async function findChunksWithMissingOutputs(
  db: TDb,
  run: { id: string; datasetId: string; split: "TRAIN" | "TEST"; total: number; lastIndex: number },
): Promise<number[]> {
  const span = chunkSpan(run);
  const rows = await db.$queryRaw<{ chunk: number }[]>`
    SELECT DISTINCT (s.index / ${span}::int)::int AS chunk
    FROM "Sample" s
    WHERE s."datasetId" = ${run.datasetId}::uuid AND s.split = ${run.split}::"Split" AND s.index <= ${run.lastIndex}
      AND NOT EXISTS (SELECT 1 FROM "Output" o WHERE o."runId" = ${run.id}::uuid AND o."sampleId" = s.id)
    ORDER BY chunk`;
  return rows.map((row) => row.chunk);
}
