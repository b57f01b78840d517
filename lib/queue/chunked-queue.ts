import type { TProducer } from "./producer";
import type { TQueueKey } from "./contract";

const BULK = 1_000;
// The first batch is small so that workers start on a large run at once, not after 1,000 jobs reached Redis.
const FIRST_BULK = 50;

/** An engine's view of BullMQ (runs, judgings): one dispatch job per job set, chunk jobs with deterministic ids. */
export type TChunkedQueue = {
  /** The queue namespace (QUEUE_PREFIX): recorded on each run or judging, so only this install's workers reconcile it. */
  prefix: string;
  enqueueDispatch: (id: string) => Promise<void>;
  /** Adds chunk jobs with deterministic ids; a job whose id is already queued is not added twice. */
  addChunks: (id: string, generation: number, chunks: number[]) => Promise<void>;
  /** "waiting" | "active" | "delayed" | "prioritized" | "completed" | "failed" | "unknown" ... */
  chunkState: (id: string, generation: number, chunk: number) => Promise<string>;
  removeChunk: (id: string, generation: number, chunk: number) => Promise<void>;
};

type TChunkedQueueSpec = {
  /** Enqueues the dispatch job through the contract (its payload is validated there). */
  dispatch: (producer: TProducer, id: string) => Promise<unknown>;
  chunkQueue: TQueueKey;
  /** The chunk job's payload: ids only. */
  chunkData: (id: string, chunk: number) => Record<string, unknown>;
  jobId: (id: string, generation: number, chunk: number) => string;
};

export function createChunkedQueue(producer: TProducer, spec: TChunkedQueueSpec): TChunkedQueue {
  const chunks = () => producer.queue(spec.chunkQueue);
  return {
    prefix: producer.prefix,
    async enqueueDispatch(id) {
      await spec.dispatch(producer, id);
    },
    async addChunks(id, generation, chunkNumbers) {
      for (let start = 0; start < chunkNumbers.length;) {
        const end = start + (start === 0 ? FIRST_BULK : BULK);
        await chunks().addBulk(
          chunkNumbers.slice(start, end).map((chunk) => ({
            name: "chunk",
            data: spec.chunkData(id, chunk),
            opts: {
              jobId: spec.jobId(id, generation, chunk),
              // Transient failures (Postgres restarting, say) retry with backoff; model errors never throw.
              attempts: 8,
              backoff: { type: "exponential", delay: 1_000 },
              removeOnComplete: true,
              removeOnFail: { count: 10_000 },
            },
          })),
        );
        start = end;
      }
    },
    async chunkState(id, generation, chunk) {
      return chunks().getJobState(spec.jobId(id, generation, chunk));
    },
    async removeChunk(id, generation, chunk) {
      await chunks().remove(spec.jobId(id, generation, chunk));
    },
  };
}

/** Dispatch jobs: retried with backoff (dispatching is idempotent). */
export const DISPATCH_JOB_OPTIONS = { attempts: 5, backoff: { type: "exponential", delay: 1_000 } } as const;
