import type { TDb } from "@/lib/db/prisma";
import { chunkSpan } from "./chunks";
import type { TRunEngineDeps } from "./engine-types";
import { finalizeRunIfDone } from "./finalize";

/**
 * Marks the run RUNNING and queues one job per chunk that still has samples without an output. Idempotent:
 * chunk job ids are deterministic, so dispatching twice queues nothing new.
 */
export async function dispatchRun(deps: TRunEngineDeps, runId: string): Promise<{ chunks: number }> {
  const run = await deps.db.run.findUnique({ where: { id: runId } });
  if (!run || run.status === "CANCELLED" || run.status === "FAILED" || run.status === "COMPLETED") return { chunks: 0 };
  if (run.status === "QUEUED") {
    await deps.db.run.updateMany({
      where: { id: runId, status: "QUEUED" },
      data: { status: "RUNNING", startedAt: new Date() },
    });
  }
  const chunks = await findChunksWithMissingOutputs(deps, run);
  if (chunks.length === 0) {
    await finalizeRunIfDone(deps.db, runId);
    return { chunks: 0 };
  }
  await deps.queue.addChunks(runId, run.generation, chunks);
  return { chunks: chunks.length };
}

export async function findChunksWithMissingOutputs(
  deps: { db: TDb },
  run: { id: string; datasetId: string; split: "TRAIN" | "TEST"; total: number; lastIndex: number },
): Promise<number[]> {
  const span = chunkSpan(run);
  // A run with no output yet (a first dispatch) needs no anti-join: probing Output once per sample cost ~0.5 s on a
  // 100,000-sample run before its first chunk could be queued, and ~5 s on a million.
  const [started] = await deps.db.$queryRaw<{ any: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Output" o WHERE o."runId" = ${run.id}::uuid) AS any`;
  const rows = started?.any
    ? await deps.db.$queryRaw<{ chunk: number }[]>`
    SELECT DISTINCT (s.index / ${span}::int)::int AS chunk
    FROM "Sample" s
    WHERE s."datasetId" = ${run.datasetId}::uuid AND s.split = ${run.split}::"Split" AND s.index <= ${run.lastIndex}
      AND NOT EXISTS (SELECT 1 FROM "Output" o WHERE o."runId" = ${run.id}::uuid AND o."sampleId" = s.id)
    ORDER BY chunk`
    : await deps.db.$queryRaw<{ chunk: number }[]>`
    SELECT DISTINCT (s.index / ${span}::int)::int AS chunk
    FROM "Sample" s
    WHERE s."datasetId" = ${run.datasetId}::uuid AND s.split = ${run.split}::"Split" AND s.index <= ${run.lastIndex}
    ORDER BY chunk`;
  return rows.map((row) => row.chunk);
}
