import { getProducer } from "@/lib/queue/producer";
import type { TJudgingQueue } from "./engine-types";
import { createJudgingQueue } from "./queue";

/** The judging queue of this server process (one producer connection per process). */
export function getJudgingQueue(): TJudgingQueue {
  return createJudgingQueue(getProducer());
}
