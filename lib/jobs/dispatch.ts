import type { TChunkBounds } from "./chunks";
import type { TKindDeps } from "./deps";
import { finalizeJobIfDone } from "./finalize";
import type { TJobKind, TJobRecord } from "./kind";
import { openWindow, windowSize } from "./window";

/**
 * Starts a job (QUEUED → RUNNING, unless the kind says "not yet") and opens its window: a chunk job for each of the
 * first few dozen chunks that still have items without a row (window.ts); each one that finishes queues the next.
 * Idempotent: chunk job ids are deterministic and the window's cursor never moves back, so dispatching twice queues
 * nothing new.
 */
export async function dispatchJob<
  TJob extends TJobRecord,
  TContext extends { job: TChunkBounds },
  TItem extends { id: number },
  TRow,
>(deps: TKindDeps, kind: TJobKind<TJob, TContext, TItem, TRow>, id: string): Promise<{ chunks: number }> {
  const found = await kind.findJob(deps.db, id);
  if (!found || (found.status !== "QUEUED" && found.status !== "RUNNING")) return { chunks: 0 };
  if (found.status === "QUEUED" && !(await kind.start(deps.db, found))) return { chunks: 0 };
  // Read again: starting may fix the job's total (a judging of a run).
  const job = found.status === "QUEUED" ? await kind.findJob(deps.db, id) : found;
  if (!job) return { chunks: 0 };
  // Marked before the chunks go in: the reconciler then knows this generation was queued, and a flush that removes
  // chunk jobs removes the marker with them.
  await deps.queue.markQueued(id, job.generation);
  const chunks = await kind.findChunksWithMissingRows(deps.db, job);
  if (chunks.length === 0) {
    await finalizeJobIfDone(deps.db, kind, id);
    return { chunks: 0 };
  }
  const queued = await openWindow(deps.queue, job, chunks, windowSize(kind));
  return { chunks: queued.length };
}
