import { chunkCount, type TChunkBounds } from "./chunks";
import type { TJobQueue } from "./queue";

/**
 * A job's window: of its chunks with missing rows, only the first few dozen have a chunk job in Redis at once. Each
 * chunk that finishes hands out the next one (its cursor, `<prefix>:job-window:<kind>:<id>`), so dispatching a job
 * costs the same for 2,000 samples and for a million, and Redis holds a few dozen jobs per job instead of one per
 * chunk. Queueing all 2,000 chunk jobs of a 100,000-sample run took ~1.1 s of the workers' event loop and of Redis
 * right when its first chunks started. A chunk beyond the cursor is not queued by design: the reconciler only calls
 * lost the chunks below it, and refills a window that ran low.
 */

/** Chunk jobs of one kind that a workers process runs at once, unless the kind says (kind.ts). */
export const DEFAULT_CHUNK_CONCURRENCY = 16;

/**
 * Chunk jobs queued per job: four times one process's chunk concurrency (64 chunks, 3,200 items), enough for a few
 * workers processes to be busy on one job while each finished chunk's successor is being queued.
 */
export const WINDOW_PER_CONCURRENCY = 4;

export function windowSize(kind: { chunkConcurrency?: number }): number {
  return WINDOW_PER_CONCURRENCY * (kind.chunkConcurrency ?? DEFAULT_CHUNK_CONCURRENCY);
}

/**
 * The chunks the window has handed out (below its cursor) of those with missing rows. Without a cursor (a flushed
 * Redis, a job queued before windows) the window is opened again over the first `size` of them.
 */
export function handedOutChunks(
  missing: readonly number[],
  cursor: number | null,
  size: number,
): { handedOut: number[]; cursor: number } {
  const next = cursor ?? (missing.length === 0 ? 0 : missing[Math.min(size, missing.length) - 1]! + 1);
  return { handedOut: missing.filter((chunk) => chunk < next), cursor: next };
}

/**
 * A window with fewer than half its chunks queued (a hand-out that failed between claiming a number and queueing it,
 * chunks that failed for good) is filled up again with the next chunks with missing rows beyond the cursor.
 */
export function refillWindow(
  missing: readonly number[],
  cursor: number,
  queued: number,
  size: number,
): { add: number[]; cursor: number } {
  if (queued >= size / 2) return { add: [], cursor };
  const add = missing.filter((chunk) => chunk >= cursor).slice(0, size - queued);
  return { add, cursor: add.length > 0 ? add.at(-1)! + 1 : cursor };
}

/** Dispatch: opens the job's window over the first `size` of its chunks with missing rows and queues them. */
export async function openWindow(
  queue: TJobQueue,
  job: { id: string; generation: number },
  missing: readonly number[],
  size: number,
): Promise<number[]> {
  const first = missing.slice(0, size);
  if (first.length === 0) return first;
  // The cursor before the jobs: the first of them to finish finds it and hands out its successor. Raised, never set
  // back: a dispatch delivered twice does not hand out chunks again.
  await queue.raiseWindow(job.id, job.generation, first.at(-1)! + 1);
  await queue.addChunks(job.id, job.generation, first);
  return first;
}

/**
 * After a chunk finished: hands out the chunk at the cursor, so the job keeps its window full. A chunk with no
 * missing rows left (a re-run of failed items leaves many) finishes at once and hands out the next in turn.
 */
export async function handOutNextChunk(
  queue: TJobQueue,
  job: { id: string; generation: number; bounds: TChunkBounds },
): Promise<number | null> {
  const next = await queue.claimNextChunk(job.id, job.generation, chunkCount(job.bounds));
  if (next !== null) await queue.addChunks(job.id, job.generation, [next]);
  return next;
}
