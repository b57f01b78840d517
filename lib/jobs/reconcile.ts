import { toPgText } from "@/lib/db/pg-text";
import { pool } from "@/lib/db/pool";
import { watchClient } from "@/lib/db/watch-client";
import type { TDb, TPrisma } from "@/lib/db/prisma";
import type { TChunkBounds } from "./chunks";
import { failJob, finalizeJobIfDone } from "./finalize";
import type { TJobKind, TJobRecord } from "./kind";
import { MAX_CHUNK_REQUEUES, type TJobQueue } from "./queue";
import { jobTables } from "./sql";
import { handedOutChunks, refillWindow, windowSize } from "./window";

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
  /** Audits that threw (logged); the other jobs' audits went on. */
  failedAudits: number;
};

// When this process last audited each job and how long that took, and when it next checks it for a stall (the
// pass runs under a lock, in one process at a time).
const lastAudit = new Map<string, { at: number; tookMs: number }>();
const nextStallCheck = new Map<string, number>();
// An audit of a huge job (an anti-join over a million samples) may take a second: the next periodic one then waits
// 50 times as long, so audits never take more than about 2% of the time of the Postgres they run on.
const AUDIT_DUTY = 50;

/**
 * The safety net behind "Postgres is the truth", for one kind. Every pass (a timer in every workers process, not a
 * Redis job: it must survive a flushed Redis; a Postgres advisory lock keeps two processes from doing it at once):
 * - dispatches QUEUED jobs older than `queuedMs`;
 * - reads every RUNNING job's queued-marker in one Redis round trip: a missing one means Redis lost the job's chunk
 *   jobs (a flush), so the job is audited now, within one pass of the flush instead of after `stallMs`;
 * - audits jobs that are unmarked, stalled (no new row for `stallMs`: the backstop), or due for their periodic audit
 *   (every `auditMs`, longer for a job whose audit is slow): the chunks with missing rows are checked against Redis
 *   in pipelined round trips, and exactly those with no live job are queued again.
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
  const skipped: TReconcileResult = { skipped: true, dispatched: [], requeuedChunks: 0, audited: 0, failedAudits: 0 };
  // A session-level lock on one dedicated connection, held for the pass and released in a finally (or with the
  // connection, should it die). Not a transaction: one job's SQL error must not abort every other job's audit, an
  // audit after a flush may take minutes, and finalizing a job must not hold row locks for the whole pass.
  const lock = await pool.connect();
  const watched = watchClient(lock, `${kind.name} reconciler`);
  let broken = false;
  try {
    const locked = await lock.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [
      kind.reconcileLockKey,
    ]);
    if (!locked.rows[0]?.locked) return skipped;
    try {
      return await pass();
    } finally {
      await lock.query("SELECT pg_advisory_unlock($1::bigint)", [kind.reconcileLockKey]);
    }
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    // A connection whose unlock failed may still hold the lock: destroy it rather than hand it back to the pool.
    watched.release(broken);
  }

  async function pass(): Promise<TReconcileResult> {
    const queued = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM ${jobs} WHERE status = 'QUEUED' AND "queuePrefix" = ${queue.prefix}
        AND "createdAt" < now() - make_interval(secs => ${options.queuedMs / 1000})`;
    for (const job of queued) await queue.enqueueDispatch(job.id);

    const running = await db.$queryRaw<{ id: string; generation: number }[]>`
      SELECT id, generation FROM ${jobs} WHERE status = 'RUNNING' AND "queuePrefix" = ${queue.prefix}`;
    const unmarked = await queue.findUnmarked(running);
    const now = Date.now();
    const keyOf = (id: string) => `${kind.name}:${id}`;
    const stalled = await findStalled(
      db,
      running.filter((job) => now >= (nextStallCheck.get(keyOf(job.id)) ?? 0)),
    );
    let requeuedChunks = 0;
    let audited = 0;
    let failedAudits = 0;
    for (const job of running) {
      const key = keyOf(job.id);
      // A job seen for the first time waits one period: its dispatch has just checked it.
      const last = lastAudit.get(key) ?? { at: now, tookMs: 0 };
      lastAudit.set(key, last);
      const due = now - last.at >= Math.max(options.auditMs, last.tookMs * AUDIT_DUTY);
      // A stalled job is audited sooner than its period, but no sooner than the duty allows: a huge job stalled
      // for good (an endpoint that hangs) must not have its slow audit run every 15 s.
      const stalledDue = stalled.has(job.id) && now - last.at >= last.tookMs * AUDIT_DUTY;
      if (!stalledDue && !unmarked.has(job.id) && !due) continue;
      const started = Date.now();
      audited += 1;
      try {
        requeuedChunks += await auditJob(db, kind, queue, job.id, unmarked.has(job.id));
        lastAudit.set(key, { at: Date.now(), tookMs: Date.now() - started });
      } catch (error) {
        // One job's failure (a bad row, a Redis error) is that job's: the others are still audited, and this one
        // is again at its next turn (an unmarked one at once: its marker is written only after its chunks). A
        // failed audit's duration says nothing about the job's size (it may have waited on a dead connection), so
        // it does not stretch the next one's wait by AUDIT_DUTY: the job recovering from the outage is audited soon.
        failedAudits += 1;
        lastAudit.set(key, { at: Date.now(), tookMs: 0 });
        console.warn(`[reconciler] ${kind.name} ${job.id}: audit failed: ${describeError(error)}`);
      }
    }
    const current = new Set(running.map((job) => keyOf(job.id)));
    for (const map of [lastAudit, nextStallCheck]) {
      for (const key of map.keys()) if (key.startsWith(`${kind.name}:`) && !current.has(key)) map.delete(key);
    }
    return { skipped: false, dispatched: queued.map((job) => job.id), requeuedChunks, audited, failedAudits };
  }

  /**
   * The backstop: jobs with no new row for `stallMs`. It scans each job's rows, so a job is checked at most every
   * 15 s (or `stallMs`, when shorter), however short the pass interval.
   */
  async function findStalled(tx: TDb, due: { id: string }[]): Promise<Set<string>> {
    if (due.length === 0) return new Set();
    const next = Date.now() + Math.min(options.stallMs, 15_000);
    for (const job of due) nextStallCheck.set(`${kind.name}:${job.id}`, next);
    const stalled = await tx.$queryRaw<{ id: string }[]>`
      SELECT j.id FROM ${jobs} j
      WHERE j.id = ANY(${due.map((job) => job.id)}::uuid[])
        AND coalesce(j."startedAt", j."createdAt") < now() - make_interval(secs => ${options.stallMs / 1000})
        AND NOT EXISTS (
          SELECT 1 FROM ${rows} r
          WHERE r.${jobColumn} = j.id AND r."createdAt" > now() - make_interval(secs => ${options.stallMs / 1000}))`;
    return new Set(stalled.map((job) => job.id));
  }
}

/**
 * Queues again the job's lost chunks: those its window handed out (window.ts) that have items without a row and no
 * live job in Redis; refills a window that ran low; completes the job when nothing is missing. Redis is read before
 * Postgres' verdict is trusted: a chunk that finished between the two reads (its job gone, its rows just written) is
 * checked against Postgres again rather than queued again for nothing.
 */
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
  // The cursor first: chunks handed out after this read are not judged by it.
  const cursor = await queue.readWindow(id, job.generation);
  const missing = await kind.findChunksWithMissingRows(db, job);
  if (missing.length === 0) {
    await finalizeJobIfDone(db, kind, id);
    return 0;
  }
  const size = windowSize(kind);
  const window = handedOutChunks(missing, cursor, size);
  const { lost: gone, exhausted } = await queue.findLostChunks(id, job.generation, window.handedOut);
  if (exhausted.length > 0) {
    // Re-queueing it again would call the model again for the same failure: stop, and say why ("resume" retries).
    const [first] = exhausted;
    const message = `Chunk ${first!.chunk} failed on every attempt after ${MAX_CHUNK_REQUEUES} re-queues: ${first!.reason}`;
    await failJob(db, kind, id, toPgText(message).slice(0, 2_000));
    return 0;
  }
  // Missing rows read before the chunk jobs: a chunk that finished in between has no job and all its rows now.
  const stillMissing = gone.length > 0 ? new Set(await kind.findChunksWithMissingRows(db, job)) : new Set<number>();
  const lost = gone.filter((chunk) => stillMissing.has(chunk));
  const refill = refillWindow(missing, window.cursor, window.handedOut.length - gone.length + lost.length, size);
  // The cursor before the jobs, as dispatch does; after a flush this opens the window again.
  await queue.raiseWindow(id, job.generation, refill.cursor);
  const requeue = [...lost, ...refill.add];
  if (requeue.length > 0) await queue.addChunks(id, job.generation, requeue);
  // Only now: an audit cut off before its chunks were queued leaves the job unmarked, so the next pass redoes it.
  if (unmarked) await queue.markQueued(id, job.generation);
  return requeue.length;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
