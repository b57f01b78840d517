import type { TJobQueue } from "@/lib/jobs/queue";
import type { TProducer } from "@/lib/queue/producer";
import { judgingJobs } from "./kind";

/** The judge engine's view of BullMQ: dispatch jobs and chunk jobs with deterministic ids (lib/jobs/queue.ts). */
export function createJudgingQueue(producer: TProducer): TJobQueue {
  return judgingJobs.createQueue(producer);
}
