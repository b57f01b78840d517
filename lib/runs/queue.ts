import type { TJobQueue } from "@/lib/jobs/queue";
import type { TProducer } from "@/lib/queue/producer";
import { runJobs } from "./kind";

/** The run engine's view of BullMQ: dispatch jobs and chunk jobs with deterministic ids (lib/jobs/queue.ts). */
export function createRunQueue(producer: TProducer): TJobQueue {
  return runJobs.createQueue(producer);
}
