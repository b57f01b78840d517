import type { TJobQueue } from "@/lib/jobs/queue";
import { getProducer } from "@/lib/queue/producer";
import { createJudgingQueue } from "./queue";

/** The judging queue of this server process (one producer connection per process). */
export function getJudgingQueue(): TJobQueue {
  return createJudgingQueue(getProducer());
}
