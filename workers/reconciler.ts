import { getProducer } from "@/lib/queue/producer";
import { sweepMissingScores } from "@/lib/versions/rescore-job";
import type { TWorkerContext } from "./context";
import { jobKinds } from "./registry";

/**
 * Runs the reconciler of every job kind on a timer in this process (not as a Redis job: it must survive a flushed
 * Redis). Errors are logged and the next tick tries again: a restarting Postgres must not crash the workers.
 */
export function startReconciler(context: TWorkerContext, options: { intervalMs: number; stallMs: number }) {
  const queues = new Map(jobKinds.map((kind) => [kind.name, kind.createQueue(getProducer())]));
  const reconcileOptions = {
    stallMs: options.stallMs,
    queuedMs: Math.min(options.stallMs, 10_000),
    // Every running job is checked against Redis this often even while it progresses (a single lost chunk job).
    auditMs: Math.min(options.stallMs, 10_000),
  };
  async function pass() {
    // In the registry's order: a run that completes is seen before the judgings waiting for it.
    // Each kind on its own: a failed runs' pass must not skip the judgings' (logged, tried again next tick).
    for (const kind of jobKinds) {
      try {
        const result = await kind.reconcile(context.db, queues.get(kind.name)!, reconcileOptions);
        if (result.dispatched.length > 0 || result.requeuedChunks > 0) {
          console.log(
            `[reconciler] ${kind.name}: dispatched ${result.dispatched.length} queued, re-queued ${result.requeuedChunks} lost chunks`,
          );
        }
      } catch (error) {
        console.warn(`[reconciler] ${kind.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // After the runs' pass: a run that just completed (or was resumed) gets its scores on every dataset version.
    try {
      await sweepMissingScores(context.db, getProducer());
    } catch (error) {
      console.warn(`[reconciler] re-scores: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return; // the previous pass is still going (a large job being checked)
    running = pass()
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
