import type { Job } from "bullmq";
import { parseJobPayload } from "@/lib/queue/contract";
import { dispatchRun } from "@/lib/runs/dispatch";
import type { TWorkerContext } from "../context";

export async function processRunDispatch(job: Job, context: TWorkerContext) {
  const { runId } = parseJobPayload("runDispatch", "dispatch", job.data);
  return dispatchRun(context.runEngine(), runId);
}
