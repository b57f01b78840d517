import type { Job } from "bullmq";
import { parseJobPayload } from "@/lib/queue/contract";
import { recordPing } from "@/lib/system/ping";
import type { TWorkerContext } from "../context";

export async function processSystemJob(job: Job, context: TWorkerContext): Promise<void> {
  const payload = parseJobPayload("system", "ping", job.data);
  await recordPing(
    { db: context.db, wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    { ...payload, workerId: context.workerId },
  );
}
