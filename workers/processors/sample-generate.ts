import type { Job } from "bullmq";
import { parseJobPayload } from "@/lib/queue/contract";
import { processChunk } from "@/lib/runs/generate";
import type { TWorkerContext } from "../context";

export async function processSampleChunk(job: Job, context: TWorkerContext) {
  return processChunk(context.runEngine(), parseJobPayload("sampleGenerate", "chunk", job.data));
}
