import { createJudgingEngineDeps } from "@/lib/judging/deps";
import { reconcileJudgings } from "@/lib/judging/reconcile";
import { reconcileRuns } from "@/lib/runs/reconcile";
import type { TWorkerContext } from "./context";

/**
 * Runs the reconciler on a timer in this process (not as a Redis job: it must survive a flushed Redis). Errors are
 * logged and the next tick tries again: a restarting Postgres must not crash the workers.
 */
export function startReconciler(context: TWorkerContext, options: { intervalMs: number; stallMs: number }) {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return; // the previous pass is still going (a large run being checked)
    const reconcileOptions = { stallMs: options.stallMs, queuedMs: Math.min(options.stallMs, 10_000) };
    running = reconcileRuns({ db: context.db, queue: context.runEngine().queue }, reconcileOptions)
      .then(async (result) => {
        if (result.dispatched.length > 0 || result.requeuedChunks > 0) {
          console.log(
            `[reconciler] dispatched ${result.dispatched.length} queued runs, re-queued ${result.requeuedChunks} lost chunks`,
          );
        }
        // Judgings too: those waiting for their run to finish are dispatched from here.
        const judgings = await reconcileJudgings(
          { db: context.db, queue: createJudgingEngineDeps(context.runEngine()).queue },
          reconcileOptions,
        );
        if (judgings.requeuedChunks > 0) {
          console.log(`[reconciler] re-queued ${judgings.requeuedChunks} lost judging chunks`);
        }
      })
      .catch((error: unknown) => console.warn(`[reconciler] ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
