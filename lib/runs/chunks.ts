/**
 * A run's samples are delivered in chunks defined by dataset index, not by a list of ids: chunk k covers indexes
 * [k·span, (k+1)·span). Boundaries are a pure function of the run (total, lastIndex), so a job id names the same
 * samples forever; a re-delivered chunk skips samples that already have an output.
 */
export const TARGET_SAMPLES_PER_CHUNK = 50;

export function chunkSpan(run: { total: number; lastIndex: number }): number {
  if (run.total <= 0 || run.lastIndex < 0) return TARGET_SAMPLES_PER_CHUNK;
  // A run over a 20% TEST split spans five times as many indexes as it has samples: widen chunks to match.
  return Math.max(1, Math.ceil((TARGET_SAMPLES_PER_CHUNK * (run.lastIndex + 1)) / run.total));
}

export function chunkCount(run: { total: number; lastIndex: number }): number {
  return run.lastIndex < 0 ? 0 : Math.floor(run.lastIndex / chunkSpan(run)) + 1;
}

export function chunkRange(
  run: { total: number; lastIndex: number },
  chunk: number,
): { fromIndex: number; toIndex: number } {
  const span = chunkSpan(run);
  return { fromIndex: chunk * span, toIndex: Math.min(run.lastIndex, (chunk + 1) * span - 1) };
}

/** Deterministic BullMQ job id: one job per (run, generation, chunk) however often the chunk is dispatched. */
export function chunkJobId(runId: string, generation: number, chunk: number): string {
  return `run-${runId}-g${generation}-c${chunk}`;
}
