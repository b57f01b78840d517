import type { TDb, TPrisma } from "@/lib/db/prisma";
import type { TChunkBounds } from "./chunks";
import { finalizeJobIfDone } from "./finalize";
import type { TJobKind, TJobRecord } from "./kind";
import type { TJobQueue } from "./queue";
import { jobTables } from "./sql";

export type TReconcileOptions = {
  /** A RUNNING job with no new row for this long is audited on every pass (the backstop). */
  stallMs: number;
  /** A QUEUED job older than this was never dispatched (Redis down at creation, a judging waiting for its run). */
  queuedMs: number;
  /** Every RUNNING job is audited at least this often, so a single lost chunk job is found while others progress. */
  auditMs: number;
};

export type TReconcileResult = {
  /** Another workers process held the kind's lock: it did this pass. */
  skipped: boolean;
  dispatched: string[];
  requeuedChunks: number;
  audited: number;
};

// When each job was last audited by this process (the pass runs under a lock, in one process at a time).
const lastAudit = new Map<string, number>();

/**
 * The safety net behind "Postgres is the truth", for one kind. Every pass (a timer in every workers process, not a
 * Redis job: it must survive a flushed Redis; a Postgres advisory lock keeps two processes from doing it at once):
 * - dispatches QUEUED jobs older than `queuedMs`;
 * - reads every RUNNING job's queued-marker in one Redis round trip: a missing one means Redis lost the job's chunk
 *   jobs (a flush), so the job is audited now, within one pass of the flush instead of after `stallMs`;
 * - audits jobs that are stalled, unmarked, or not audited for `auditMs`: the chunks with missing rows are checked
 *   against Redis in one pipelined round trip, and exactly those with no live job are queued again.
 */
export async function reconcileJobs<
  TJob extends TJobRecord,
  TContext extends { job: TChunkBounds },
  TItem extends { id: number },
  TRow,
>(
  db: TPrisma,
  kind: TJobKind<TJob, TContext, TItem, TRow>,
  queue: TJobQueue,
  options: TReconcileOptions,
): Promise<TReconcileResult> {
  const { jobs, rows, jobColumn } = jobTables(kind);
  // A transaction-level lock: it is released with the transaction, whichever pooled connection ran it.
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${kind.reconcileLockKey}::bigint) AS locked`;
      if (!locked[0]?.locked) return { skipped: true, dispatched: [], requeuedChunks: 0, audited: 0 };
      const queued = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM ${jobs} WHERE status = 'QUEUED' AND "queuePrefix" = ${queue.prefix}
          AND "createdAt" < now() - make_interval(secs => ${options.queuedMs / 1000})`;
      for (const job of queued) await queue.enqueueDispatch(job.id);

      const running = await tx.$queryRaw<{ id: string; generation: number; stalled: boolean }[]>`
        SELECT j.id, j.generation,
          CASE WHEN coalesce(j."startedAt", j."createdAt") < now() - make_interval(secs => ${options.stallMs / 1000})
            THEN NOT EXISTS (
              SELECT 1 FROM ${rows} r
              WHERE r.${jobColumn} = j.id AND r."createdAt" > now() - make_interval(secs => ${options.stallMs / 1000}))
            ELSE false END AS stalled
        FROM ${jobs} j WHERE j.status = 'RUNNING' AND j."queuePrefix" = ${queue.prefix}`;
      const unmarked = await queue.findUnmarked(running);
      const now = Date.now();
      let requeuedChunks = 0;
      let audited = 0;
      for (const job of running) {
        const key = `${kind.name}:${job.id}`;
        // A job seen for the first time waits one period: its dispatch has just checked it.
        if (!lastAudit.has(key)) lastAudit.set(key, now);
        const due = now - lastAudit.get(key)! >= options.auditMs;
        if (!job.stalled && !unmarked.has(job.id) && !due) continue;
        lastAudit.set(key, now);
        audited += 1;
        requeuedChunks += await auditJob(tx, kind, queue, job.id, unmarked.has(job.id));
      }
      const current = new Set(running.map((job) => `${kind.name}:${job.id}`));
      for (const key of lastAudit.keys())
        if (key.startsWith(`${kind.name}:`) && !current.has(key)) lastAudit.delete(key);
      return { skipped: false, dispatched: queued.map((job) => job.id), requeuedChunks, audited };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** Queues the job's chunks that have items without a row and no live job; completes it when nothing is missing. */
async function auditJob<
  TJob extends TJobRecord,
  TContext extends { job: TChunkBounds },
  TItem extends { id: number },
  TRow,
>(
  db: TDb,
  kind: TJobKind<TJob, TContext, TItem, TRow>,
  queue: TJobQueue,
  id: string,
  unmarked: boolean,
): Promise<number> {
  const job = await kind.findJob(db, id);
  if (!job || job.status !== "RUNNING") return 0;
  if (unmarked) await queue.markQueued(id, job.generation);
  const chunks = await kind.findChunksWithMissingRows(db, job);
  if (chunks.length === 0) {
    await finalizeJobIfDone(db, kind, id);
    return 0;
  }
  const lost = await queue.findLostChunks(id, job.generation, chunks);
  if (lost.length > 0) await queue.addChunks(id, job.generation, lost);
  return lost.length;
}
