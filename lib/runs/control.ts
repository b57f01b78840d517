import type { TDb } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { runJobs } from "./kind";

// The run endpoints' names for the job engine's controls (lib/jobs/control.ts).

/** Cancel: chunks still queued find the run CANCELLED and return without calling the model. */
export function cancelRun(db: TDb, runId: string): Promise<void> {
  return runJobs.cancel(db, runId);
}

/** Resume a cancelled or failed run (409 otherwise): samples with an output are kept, the others run again. */
export function resumeRun(db: TDb, queue: TJobEnqueuer, runId: string): Promise<void> {
  return runJobs.resume(db, queue, runId);
}

/** Deletes the outputs that are errors (not invalid answers) and runs those samples again. */
export async function rerunFailedSamples(db: TDb, queue: TJobEnqueuer, runId: string): Promise<{ samples: number }> {
  const { items } = await runJobs.rerunFailed(db, queue, runId);
  return { samples: items };
}
