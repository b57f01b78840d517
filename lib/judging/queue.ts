import { createChunkedQueue, DISPATCH_JOB_OPTIONS } from "@/lib/queue/chunked-queue";
import type { TProducer } from "@/lib/queue/producer";
import { judgingChunkJobId, type TJudgingQueue } from "./engine-types";

/** The judge engine's view of BullMQ: dispatch jobs and chunk jobs with deterministic ids (ids only in payloads). */
export function createJudgingQueue(producer: TProducer): TJudgingQueue {
  return createChunkedQueue(producer, {
    dispatch: (queue, judgingId) => queue.enqueue("judgingDispatch", "dispatch", { judgingId }, DISPATCH_JOB_OPTIONS),
    chunkQueue: "judgingChunk",
    chunkData: (judgingId, chunk) => ({ judgingId, chunk }),
    jobId: judgingChunkJobId,
  });
}
