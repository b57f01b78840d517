import type { Job } from "bullmq";
import { createJudgingEngineDeps } from "@/lib/judging/deps";
import { dispatchJudging } from "@/lib/judging/dispatch";
import { parseJobPayload } from "@/lib/queue/contract";
import type { TWorkerContext } from "../context";

export async function processJudgingDispatch(job: Job, context: TWorkerContext) {
  const { judgingId } = parseJobPayload("judgingDispatch", "dispatch", job.data);
  return dispatchJudging(createJudgingEngineDeps(context.runEngine()), judgingId);
}
