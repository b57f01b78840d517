import type { TJobQueue } from "@/lib/jobs/queue";
import { getProducer } from "@/lib/queue/producer";
import { createRunQueue } from "./queue";

/** The run queue of this server process (one producer connection per process). */
export function getRunQueue(): TJobQueue {
  return createRunQueue(getProducer());
}
