/**
 * A job's items are delivered in chunks defined by dataset index, not by a list of ids: chunk k covers indexes
 * [k·span, (k+1)·span). Boundaries are a pure function of the job (total, lastIndex), so a chunk job id names the
 * same items forever; a re-delivered chunk skips items that already have a row.
 */
export const TARGET_ITEMS_PER_CHUNK = 50;

export type TChunkBounds = { total: number; lastIndex: number };

export function chunkSpan(job: TChunkBounds): number {
  if (job.total <= 0 || job.lastIndex < 0) return TARGET_ITEMS_PER_CHUNK;
  // A run over a 20% TEST split spans five times as many indexes as it has samples: widen chunks to match.
  return Math.max(1, Math.ceil((TARGET_ITEMS_PER_CHUNK * (job.lastIndex + 1)) / job.total));
}

export function chunkCount(job: TChunkBounds): number {
  return job.lastIndex < 0 ? 0 : Math.floor(job.lastIndex / chunkSpan(job)) + 1;
}

export function chunkRange(job: TChunkBounds, chunk: number): { fromIndex: number; toIndex: number } {
  const span = chunkSpan(job);
  return { fromIndex: chunk * span, toIndex: Math.min(job.lastIndex, (chunk + 1) * span - 1) };
}

/**
 * Deterministic BullMQ job id: one job per (job, generation, chunk) however often the chunk is dispatched. No colons
 * (BullMQ reserves them). `kind` is the kind's name: `run-<id>-g<generation>-c<chunk>`, `judging-...`.
 */
export function chunkJobId(kind: string, id: string, generation: number, chunk: number): string {
  return `${kind}-${id}-g${generation}-c${chunk}`;
}

/** The generation named by a chunk job id (`…-g<generation>-c<chunk>`), for payloads queued before it was sent. */
export function generationOfChunkJobId(jobId: string | undefined): number | undefined {
  const match = jobId === undefined ? null : /-g(\d+)-c\d+$/.exec(jobId);
  return match ? Number(match[1]) : undefined;
}
