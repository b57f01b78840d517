import type { Job } from "bullmq";
import { createJudgingEngineDeps } from "@/lib/judging/deps";
import { processJudgingChunk } from "@/lib/judging/judge-chunk";
import { parseJobPayload } from "@/lib/queue/contract";
import type { TWorkerContext } from "../context";

export async function processJudgingChunkJob(job: Job, context: TWorkerContext) {
  const payload = parseJobPayload("judgingChunk", "chunk", job.data);
  return processJudgingChunk(createJudgingEngineDeps(context.runEngine()), payload);
}
