import type { TKindDeps } from "@/lib/jobs/deps";
import { runJobs } from "./kind";

/** Marks the run RUNNING and queues its chunk jobs (lib/jobs/dispatch.ts). */
export function dispatchRun(deps: TKindDeps, runId: string): Promise<{ chunks: number }> {
  return runJobs.dispatch(deps, runId);
}
