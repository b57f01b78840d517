/** The live rate counts the rows written over the last 30 seconds (or since the start, when that is more recent). */
export const RATE_WINDOW_MS = 30_000;

export type TRateInput = {
  /** Rows written in all, and within the window ending at `now`. */
  done: number;
  recent: number;
  startedAt: Date | null;
  /** Set once the job is over (completed, failed or cancelled). */
  finishedAt: Date | null;
  /** The database clock that counted `recent` (startedAt and finishedAt come from it too). */
  now: Date;
  windowMs?: number;
};

/**
 * Items per second. While the job runs: the rows of the window over the window's real length, which is shorter than
 * 30 s for a job that started less than 30 s ago (598 rows 1.5 s after the start are 399/s, not 598/30). Once it is
 * over: the whole job's average, start to finish. null when there is nothing to measure.
 */
export function computeRatePerSecond(input: TRateInput): number | null {
  if (!input.startedAt) return null;
  if (input.finishedAt) {
    const seconds = (input.finishedAt.getTime() - input.startedAt.getTime()) / 1000;
    return input.done > 0 && seconds > 0 ? input.done / seconds : null;
  }
  if (input.recent === 0) return null;
  const windowStart = Math.max(input.now.getTime() - (input.windowMs ?? RATE_WINDOW_MS), input.startedAt.getTime());
  const seconds = (input.now.getTime() - windowStart) / 1000;
  return seconds > 0 ? input.recent / seconds : null;
}

/** The progress block of a job's view (GET /api/runs/:id, /api/judgings/:id). */
export function buildJobProgress(
  job: { total: number; startedAt: Date | null; finishedAt: Date | null },
  stats: { done: number; errors: number; recent: number; now: Date },
) {
  const ratePerSecond = computeRatePerSecond({ ...stats, startedAt: job.startedAt, finishedAt: job.finishedAt });
  const remaining = Math.max(0, job.total - stats.done);
  return {
    total: job.total,
    done: stats.done,
    errors: stats.errors,
    ratePerSecond,
    etaSeconds: !job.finishedAt && ratePerSecond && remaining > 0 ? Math.round(remaining / ratePerSecond) : null,
  };
}
