import type { TDb } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { judgingJobs } from "./kind";

// The judging endpoints' names for the job engine's controls (lib/jobs/control.ts).

/** Cancel: chunks still queued find the judging CANCELLED and return without calling the judge. */
export function cancelJudging(db: TDb, judgingId: string): Promise<void> {
  return judgingJobs.cancel(db, judgingId);
}

/**
 * Resume a cancelled or failed judging (409 otherwise): answers with a judgement are kept, the others are judged
 * again; one cancelled while it waited for its run goes back to waiting.
 */
export function resumeJudging(db: TDb, queue: TJobEnqueuer, judgingId: string): Promise<void> {
  return judgingJobs.resume(db, queue, judgingId);
}
