import { setImmediate } from "node:timers/promises";

export type TFitStage = "EMBEDDING" | "CROSS_VALIDATION" | "FINAL_FIT";
export type TFitProgress = { stage: TFitStage; done: number; total: number };

/** A fit step's progress write; false when the run is no longer running at the fit's generation (a cancel). */
export type TWriteFitProgress = (progress: TFitProgress) => Promise<boolean>;

/** The run stopped (cancelled, failed, restarted) while its classifier was being fitted: the fit is dropped. */
export class ClassifierFitCancelled extends Error {}

/** Between two writes within a stage: the run page polls every 1.5 s, and a cancel is noticed within this. */
export const FIT_PROGRESS_INTERVAL_MS = 400;

export type TFitReporter = {
  /**
   * Called after each step of the fit (a TRAIN request answered, a cross-validation fit, the final fit). Writes
   * the step when due, yields to the event loop (lock renewals, heartbeats, other jobs), and throws
   * ClassifierFitCancelled once a write found the run stopped.
   */
  step: (progress: TFitProgress) => Promise<void>;
  /** Aborted when a write found the run stopped: TRAIN requests not yet sent are not sent. */
  signal: AbortSignal;
};

/**
 * Throttled progress of one fit: the first and the last step of each stage are written (so a stage shows at once
 * and a fit is known to be still wanted just before it is stored), the steps between at most once per interval.
 * Writes never overlap and go in step order, so a slow write never lets an older step overwrite a newer one.
 */
export function createFitReporter(
  write: TWriteFitProgress,
  options: { intervalMs?: number; now?: () => number; yieldToLoop?: () => Promise<unknown> } = {},
): TFitReporter {
  const intervalMs = options.intervalMs ?? FIT_PROGRESS_INTERVAL_MS;
  const now = options.now ?? (() => performance.now());
  const yieldToLoop = options.yieldToLoop ?? (() => setImmediate());
  const controller = new AbortController();
  let written: { stage: TFitStage; at: number } | null = null;
  let writes: Promise<void> = Promise.resolve();

  const isDue = (progress: TFitProgress) =>
    written === null ||
    written.stage !== progress.stage ||
    progress.done >= progress.total ||
    now() - written.at >= intervalMs;

  const stopped = () => new ClassifierFitCancelled("The run stopped while its classifier was being fitted.");

  return {
    signal: controller.signal,
    async step(progress) {
      if (controller.signal.aborted) throw stopped();
      if (isDue(progress)) {
        written = { stage: progress.stage, at: now() };
        const snapshot = { ...progress };
        writes = writes.then(async () => {
          if (controller.signal.aborted) return;
          if (!(await write(snapshot))) controller.abort(stopped());
        });
        await writes;
      }
      await yieldToLoop();
      if (controller.signal.aborted) throw stopped();
    },
  };
}
