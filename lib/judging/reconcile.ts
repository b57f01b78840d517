import type { TPrisma } from "@/lib/db/prisma";
import type { TJudgingQueue } from "./engine-types";
import { finalizeJudgingIfDone } from "./finalize";
import { findChunksWithMissingJudgements, type TJudgingTarget } from "./targets";

const ALIVE = new Set(["waiting", "active", "delayed", "prioritized", "waiting-children"]);

/**
 * The judgings' half of the reconciler (see lib/runs/reconcile.ts): dispatches judgings left QUEUED (Redis down at
 * creation, or waiting for their run to finish) and, for RUNNING judgings with no new judgement for `stallMs`,
 * re-queues exactly the chunks that have answers without a judgement and no live job. Under its own advisory lock.
 */
export async function reconcileJudgings(
  deps: { db: TPrisma; queue: TJudgingQueue },
  options: { stallMs: number; queuedMs: number },
): Promise<{ dispatched: string[]; requeuedChunks: number }> {
  return deps.db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(823002) AS locked`;
      if (!locked[0]?.locked) return { dispatched: [], requeuedChunks: 0 };
      const queued = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Judging" WHERE status = 'QUEUED' AND "queuePrefix" = ${deps.queue.prefix}
          AND "createdAt" < now() - make_interval(secs => ${options.queuedMs / 1000})`;
      for (const judging of queued) await deps.queue.enqueueDispatch(judging.id);
      const stalled = await tx.$queryRaw<(TJudgingTarget & { generation: number })[]>`
        SELECT g.id, g."datasetId", g."runId", g.split::text AS split, g.total, g."lastIndex", g.generation
        FROM "Judging" g
        WHERE g.status = 'RUNNING' AND g."queuePrefix" = ${deps.queue.prefix}
          AND coalesce(g."startedAt", g."createdAt") < now() - make_interval(secs => ${options.stallMs / 1000})
          AND NOT EXISTS (
            SELECT 1 FROM "Judgement" j
            WHERE j."judgingId" = g.id AND j."createdAt" > now() - make_interval(secs => ${options.stallMs / 1000}))`;
      let requeuedChunks = 0;
      for (const judging of stalled) {
        const chunks = await findChunksWithMissingJudgements(tx, judging);
        if (chunks.length === 0) {
          await finalizeJudgingIfDone(tx, judging.id);
          continue;
        }
        const lost: number[] = [];
        for (const chunk of chunks) {
          const state = await deps.queue.chunkState(judging.id, judging.generation, chunk);
          if (ALIVE.has(state)) continue;
          // A finished job keeps its id in Redis; remove it so the same deterministic id can be queued again.
          if (state !== "unknown") await deps.queue.removeChunk(judging.id, judging.generation, chunk);
          lost.push(chunk);
        }
        if (lost.length > 0) await deps.queue.addChunks(judging.id, judging.generation, lost);
        requeuedChunks += lost.length;
      }
      return { dispatched: queued.map((judging) => judging.id), requeuedChunks };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
