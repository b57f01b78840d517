import type { Job } from "bullmq";
import { parseJobPayload } from "@/lib/queue/contract";
import { rescoreDataset } from "@/lib/versions/rescore-job";
import type { TWorkerContext } from "../context";

/** Re-scores a dataset's completed runs on its versions (lib/versions/rescore-job.ts); no model call. */
export async function processVersionRescore(job: Job, context: TWorkerContext): Promise<{ stored: number }> {
  const { datasetId } = parseJobPayload("versionRescore", "rescore", job.data);
  return rescoreDataset(context.db, datasetId);
}
