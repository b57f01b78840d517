import type { TPrisma } from "@/lib/db/prisma";
import { findChunksWithMissingOutputs } from "./dispatch";
import type { TRunQueue } from "./engine-types";
import { finalizeRunIfDone } from "./finalize";

const ALIVE = new Set(["waiting", "active", "delayed", "prioritized", "waiting-children"]);

export type TReconcileOptions = {
  /** A RUNNING run with no new output for this long is checked for lost chunk jobs. */
  stallMs: number;
  /** A QUEUED run older than this was never dispatched (Redis down at creation, say). */
  queuedMs: number;
};

/**
 * The safety net behind "Postgres is the truth": finds runs whose work was lost (Redis flushed, a job failed for
 * good, the dispatch never enqueued) and queues exactly the chunks that have samples without output and no live
 * job. Runs from a timer in every workers process, not from Redis, so it survives a flushed Redis; a Postgres
 * advisory lock keeps two processes from doing it at once.
 */
export async function reconcileRuns(
  deps: { db: TPrisma; queue: TRunQueue },
  options: TReconcileOptions,
): Promise<{ dispatched: string[]; requeuedChunks: number }> {
  // A transaction-level lock: it is released with the transaction, whichever pooled connection ran it.
  return deps.db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(823001) AS locked`;
      if (!locked[0]?.locked) return { dispatched: [], requeuedChunks: 0 };
      const dispatched: string[] = [];
      const queued = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Run" WHERE status = 'QUEUED' AND "queuePrefix" = ${deps.queue.prefix} AND "createdAt" < now() - make_interval(secs => ${options.queuedMs / 1000})`;
      for (const run of queued) {
        await deps.queue.enqueueDispatch(run.id);
        dispatched.push(run.id);
      }
      const stalled = await tx.$queryRaw<
        {
          id: string;
          datasetId: string;
          split: "TRAIN" | "TEST";
          total: number;
          lastIndex: number;
          generation: number;
        }[]
      >`
      SELECT r.id, r."datasetId", r.split::text AS split, r.total, r."lastIndex", r.generation FROM "Run" r
      WHERE r.status = 'RUNNING' AND r."queuePrefix" = ${deps.queue.prefix}
        AND coalesce(r."startedAt", r."createdAt") < now() - make_interval(secs => ${options.stallMs / 1000})
        AND NOT EXISTS (
          SELECT 1 FROM "Output" o
          WHERE o."runId" = r.id AND o."createdAt" > now() - make_interval(secs => ${options.stallMs / 1000}))`;
      let requeuedChunks = 0;
      for (const run of stalled) {
        const chunks = await findChunksWithMissingOutputs({ db: tx }, run);
        if (chunks.length === 0) {
          await finalizeRunIfDone(tx, run.id);
          continue;
        }
        const lost: number[] = [];
        for (const chunk of chunks) {
          const state = await deps.queue.chunkState(run.id, run.generation, chunk);
          if (ALIVE.has(state)) continue;
          // A finished job keeps its id in Redis; remove it so the same deterministic id can be queued again.
          if (state !== "unknown") await deps.queue.removeChunk(run.id, run.generation, chunk);
          lost.push(chunk);
        }
        if (lost.length > 0) await deps.queue.addChunks(run.id, run.generation, lost);
        requeuedChunks += lost.length;
      }
      return { dispatched, requeuedChunks };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
