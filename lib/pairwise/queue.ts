import type { TJobQueue } from "@/lib/jobs/queue";
import { getProducer } from "@/lib/queue/producer";
import { pairwiseJobs } from "./kind";

/** The pairwise queue of this server process (one producer connection per process). */
export function getPairwiseQueue(): TJobQueue {
  return pairwiseJobs.createQueue(getProducer());
}
