import { createChunkedQueue, DISPATCH_JOB_OPTIONS } from "@/lib/queue/chunked-queue";
import type { TProducer } from "@/lib/queue/producer";
import { chunkJobId } from "./chunks";
import type { TRunQueue } from "./engine-types";

/** The run engine's view of BullMQ: dispatch jobs and chunk jobs with deterministic ids. */
export function createRunQueue(producer: TProducer): TRunQueue {
  return createChunkedQueue(producer, {
    dispatch: (queue, runId) => queue.enqueue("runDispatch", "dispatch", { runId }, DISPATCH_JOB_OPTIONS),
    chunkQueue: "sampleGenerate",
    chunkData: (runId, chunk) => ({ runId, chunk }),
    jobId: chunkJobId,
  });
}
