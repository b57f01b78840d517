import type { TProducer } from "@/lib/queue/producer";
import { chunkJobId } from "./chunks";
import type { TRunQueue } from "./engine-types";

const BULK = 1_000;

/** The run engine's view of BullMQ: dispatch jobs and chunk jobs with deterministic ids. */
export function createRunQueue(producer: TProducer): TRunQueue {
  const chunks = () => producer.queue("sampleGenerate");
  return {
    prefix: producer.prefix,
    async enqueueDispatch(runId) {
      await producer.enqueue(
        "runDispatch",
        "dispatch",
        { runId },
        { attempts: 5, backoff: { type: "exponential", delay: 1_000 } },
      );
    },
    async addChunks(runId, generation, chunkNumbers) {
      for (let start = 0; start < chunkNumbers.length; start += BULK) {
        await chunks().addBulk(
          chunkNumbers.slice(start, start + BULK).map((chunk) => ({
            name: "chunk",
            data: { runId, chunk },
            opts: {
              jobId: chunkJobId(runId, generation, chunk),
              // Transient failures (Postgres restarting, say) retry with backoff; model errors never throw.
              attempts: 8,
              backoff: { type: "exponential", delay: 1_000 },
              removeOnComplete: true,
              removeOnFail: { count: 10_000 },
            },
          })),
        );
      }
    },
    async chunkState(runId, generation, chunk) {
      return chunks().getJobState(chunkJobId(runId, generation, chunk));
    },
    async removeChunk(runId, generation, chunk) {
      await chunks().remove(chunkJobId(runId, generation, chunk));
    },
  };
}
