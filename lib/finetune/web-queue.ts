import type { TJobQueue } from "@/lib/jobs/queue";
import { getProducer } from "@/lib/queue/producer";
import { fineTuneJobs } from "./kind";

/** The fine-tune queue of this server process (one producer connection per process). */
export function getFineTuneQueue(): TJobQueue {
  return fineTuneJobs.createQueue(getProducer());
}
