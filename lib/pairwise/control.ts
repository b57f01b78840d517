import type { TDb } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { pairwiseJobs } from "./kind";

// The pairwise endpoints' names for the job engine's controls (lib/jobs/control.ts).

/** Cancel: chunks still queued find the judging CANCELLED and return without calling a judge. */
export function cancelPairwise(db: TDb, id: string): Promise<void> {
  return pairwiseJobs.cancel(db, id);
}

/** Resume a cancelled or failed pairwise judging (409 otherwise): calls with a verdict are kept, never paid twice. */
export function resumePairwise(db: TDb, queue: TJobEnqueuer, id: string): Promise<void> {
  return pairwiseJobs.resume(db, queue, id);
}
