import { getProducer } from "@/lib/queue/producer";
import type { TRunQueue } from "./engine-types";
import { createRunQueue } from "./queue";

/** The run queue of this server process (one producer connection per process). */
export function getRunQueue(): TRunQueue {
  return createRunQueue(getProducer());
}
