import type { TPrisma } from "@/lib/db/prisma";
import { cancelRun, rerunFailedSamples, resumeRun } from "./control";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { getRunView, type TRunView } from "./view";

/** The run buttons' API (POST /api/runs/:id/<action>): do it, then answer with the run as the page shows it. */
export async function cancelRunAndView(db: TPrisma, runId: string): Promise<TRunView> {
  await cancelRun(db, runId);
  return getRunView(db, runId);
}

export async function resumeRunAndView(db: TPrisma, queue: TJobEnqueuer, runId: string): Promise<TRunView> {
  await resumeRun(db, queue, runId);
  return getRunView(db, runId);
}

export async function rerunFailedAndView(db: TPrisma, queue: TJobEnqueuer, runId: string): Promise<TRunView> {
  await rerunFailedSamples(db, queue, runId);
  return getRunView(db, runId);
}
