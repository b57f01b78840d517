import { createBatchWriter } from "@/lib/db/batch-insert";
import { chunkCount, chunkRange, type TChunkBounds } from "./chunks";
import type { TJobDeps } from "./deps";
import { failJob, finalizeJobIfDone } from "./finalize";
import type { TJobKind, TJobRecord } from "./kind";
import type { TJobQueue } from "./queue";
import { readJobState } from "./sql";
import { createTtlCache } from "./ttl-cache";
import { handOutNextChunk } from "./window";

// A job's settings never change while it runs: keep them (with the decrypted endpoint) for a short while. Its
// status is read at most once a second per process, so chunks stop soon after a cancel or a failure.
const contexts = createTtlCache<unknown>(30_000);
const states = createTtlCache<{ status: string; generation: number } | null>(1_000);

// Items being processed by this process. BullMQ may hand a chunk out again while it is still being processed (a
// lock renewal delayed by a busy event loop, or a flushed Redis followed by the reconciler); those items are skipped
// instead of being paid for twice. Released when the chunk's rows are written.
const itemsInFlight = new Set<string>();

/**
 * Does every item of one chunk that has no row yet. Rows are written in small batches within a quarter second
 * (INSERT ... ON CONFLICT DO NOTHING on the kind's key); the response cache, written as each answer arrives, makes a
 * re-delivered chunk free for the items whose rows were lost in a crash. With the kind's queue, a chunk that finished
 * queues the next chunk of the job's window (window.ts). The last chunk to finish completes the job.
 */
export async function processJobChunk<
  TJob extends TJobRecord,
  TContext extends { job: TChunkBounds },
  TItem extends { id: number },
  TRow,
>(
  deps: TJobDeps & { queue?: TJobQueue },
  kind: TJobKind<TJob, TContext, TItem, TRow>,
  input: { id: string; chunk: number; generation?: number },
): Promise<{ written: number }> {
  const key = `${kind.name}:${input.id}`;
  // A chunk of an older generation (queued before a resume or a re-run) is not this job's work any more: its items
  // are queued again under the new generation, and doing them here too could pay for them twice. Without a
  // generation (a caller that does not know it), the chunk belongs to the current one.
  const current = (fresh?: boolean) => states.get(key, () => readJobState(deps.db, kind, input.id), { fresh });
  const isMine = (state: { status: string; generation: number } | null) =>
    state?.status === "RUNNING" && (input.generation === undefined || input.generation === state.generation);
  const state = await current(true);
  if (!state || !isMine(state)) return { written: 0 };
  const generation = state.generation;
  // Keyed by generation: a resume after the endpoint's key was fixed loads the new key, not the cached old one.
  const context = (await contexts.get(`${key}:${generation}`, () => kind.loadContext(deps, input.id))) as TContext;
  const pending = await kind.findPendingItems(deps.db, context, chunkRange(context.job, input.chunk));

  const writer = createBatchWriter(deps.pool, kind.insert);
  const mine = pending.filter((item) => !itemsInFlight.has(`${key}:${item.id}`));
  for (const item of mine) itemsInFlight.add(`${key}:${item.id}`);
  try {
    // allSettled, not all: were the chunk to fail at its first error, the finally below would free items whose calls
    // are still going, and the retry would call (and pay for) them again. Every call ends, the rows that came are
    // written, then the first error fails the chunk.
    const settled = await Promise.allSettled(
      mine.map(async (item) => {
        if (!isMine(await current())) return;
        const outcome = await kind.processItem(deps, context, item);
        if ("stop" in outcome) {
          // No row: after the key or model is fixed, "resume" retries this item.
          await failJob(deps.db, kind, input.id, outcome.stop);
          return;
        }
        await writer.add(outcome.row);
      }),
    );
    const written = await writer.close();
    const failed = settled.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    // Before the completion check: the next chunk's items start while this one's bookkeeping ends.
    if (deps.queue) await handOutNextChunk(deps.queue, { id: input.id, generation, bounds: context.job });
    // Counting every row of the job after every chunk is quadratic in its size (~40 ms a chunk at 60,000 rows).
    // Chunks are queued in index order, so while the job goes on its last chunk still has items without a row:
    // that small range settles "not done" at once, and the count runs only for the job's last few chunks.
    const last = chunkCount(context.job) - 1;
    const tail = await kind.findPendingItems(deps.db, context, chunkRange(context.job, last));
    if (tail.length === 0) await finalizeJobIfDone(deps.db, kind, input.id);
    return { written };
  } finally {
    for (const item of mine) itemsInFlight.delete(`${key}:${item.id}`);
  }
}
