import type { TProducer } from "@/lib/queue/producer";
import { judgingChunkJobId, type TJudgingQueue } from "./engine-types";

const BULK = 1_000;

/** The judge engine's view of BullMQ: dispatch jobs and chunk jobs with deterministic ids (ids only in payloads). */
export function createJudgingQueue(producer: TProducer): TJudgingQueue {
  const chunks = () => producer.queue("judgingChunk");
  return {
    prefix: producer.prefix,
    async enqueueDispatch(judgingId) {
      await producer.enqueue(
        "judgingDispatch",
        "dispatch",
        { judgingId },
        { attempts: 5, backoff: { type: "exponential", delay: 1_000 } },
      );
    },
    async addChunks(judgingId, generation, chunkNumbers) {
      for (let start = 0; start < chunkNumbers.length; start += BULK) {
        await chunks().addBulk(
          chunkNumbers.slice(start, start + BULK).map((chunk) => ({
            name: "chunk",
            data: { judgingId, chunk },
            opts: {
              jobId: judgingChunkJobId(judgingId, generation, chunk),
              // Transient failures (Postgres restarting) retry with backoff; judge errors never throw.
              attempts: 8,
              backoff: { type: "exponential", delay: 1_000 },
              removeOnComplete: true,
              removeOnFail: { count: 10_000 },
            },
          })),
        );
      }
    },
    async chunkState(judgingId, generation, chunk) {
      return chunks().getJobState(judgingChunkJobId(judgingId, generation, chunk));
    },
    async removeChunk(judgingId, generation, chunk) {
      await chunks().remove(judgingChunkJobId(judgingId, generation, chunk));
    },
  };
}
