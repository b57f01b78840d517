import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import { chunkSpan } from "@/lib/jobs/chunks";
import { keptByVersion } from "@/lib/versions/kept-samples";
import type { TRunContext } from "./run-context";

// What is left of a run: samples of its set without an output row. Its set is its dataset version's samples: the
// samples that version excludes are never sent (nor counted in the run's total).

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
      AND s.index BETWEEN ${range.fromIndex} AND ${range.toIndex} ${keptByVersion(run.versionId)}
      AND NOT EXISTS (SELECT 1 FROM "Output" o WHERE o."runId" = ${run.id}::uuid AND o."sampleId" = s.id)
    ORDER BY s.index`;
}

/** Chunk numbers (lib/jobs/chunks.ts) that still hold samples of the run without an output. */
export async function findChunksWithMissingOutputs(
  db: TDb,
  run: {
    id: string;
    datasetId: string;
    datasetVersionId: string | null;
    split: "TRAIN" | "TEST";
    total: number;
    lastIndex: number;
  },
): Promise<number[]> {
  const span = chunkSpan(run);
  // A run with no output yet (a first dispatch) needs no anti-join: probing Output once per sample cost ~0.5 s on a
  // 100,000-sample run before its first chunk could be queued.
  const [started] = await db.$queryRaw<{ any: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Output" o WHERE o."runId" = ${run.id}::uuid) AS any`;
  const missingOnly = started?.any
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Output" o WHERE o."runId" = ${run.id}::uuid AND o."sampleId" = s.id)`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ chunk: number }[]>`
    SELECT DISTINCT (s.index / ${span}::int)::int AS chunk
    FROM "Sample" s
    WHERE s."datasetId" = ${run.datasetId}::uuid AND s.split = ${run.split}::"Split" AND s.index <= ${run.lastIndex}
      ${keptByVersion(run.datasetVersionId)} ${missingOnly}
    ORDER BY chunk`;
  return rows.map((row) => row.chunk);
}
