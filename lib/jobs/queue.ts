import type { JobsOptions } from "bullmq";
import type { TQueueKey } from "@/lib/queue/contract";
import type { TProducer } from "@/lib/queue/producer";
import { chunkJobId } from "./chunks";

/** A kind's two queues (both in lib/queue/contract.ts) and the payload field that names the job (`runId`). */
export type TJobQueueSpec = { dispatch: TQueueKey; chunk: TQueueKey; idField: string };

/** The engine's view of BullMQ for one kind: a dispatch job per job, chunk jobs with deterministic ids. */
export type TJobQueue = {
  /** The queue namespace (QUEUE_PREFIX): recorded on each job, so only this install's workers reconcile it. */
  prefix: string;
  enqueueDispatch: (id: string) => Promise<void>;
  /** Records that this generation's chunk jobs are (being) queued; a flushed Redis loses the record with them. */
  markQueued: (id: string, generation: number) => Promise<void>;
  /** Adds chunk jobs; a job whose id is already queued is not added twice. */
  addChunks: (id: string, generation: number, chunks: readonly number[]) => Promise<void>;
  /**
   * Of these chunks, those with no live job in Redis (`lost`); finished ones are removed so their id can be queued
   * again, except a chunk that failed for good more than `MAX_CHUNK_REQUEUES` times in this generation: it is
   * `exhausted` (its failedReason kept), and left alone, since re-queueing it again would only pay for it again.
   */
  findLostChunks: (
    id: string,
    generation: number,
    chunks: readonly number[],
  ) => Promise<{ lost: number[]; exhausted: { chunk: number; reason: string }[] }>;
  /** Of these jobs, the ids whose queued-marker is gone (a flushed Redis) or names an older generation. */
  findUnmarked: (jobs: readonly { id: string; generation: number }[]) => Promise<Set<string>>;
};

const BULK = 1_000;
const FIRST_BULK = 50;
// The rest go in batches of 100, not 1,000: building and adding 1,000 BullMQ jobs took ~0.5 s of this process's
// event loop and one long MULTI on Redis, twice over for a 100,000-sample job, right while its first chunks started
// (their first model calls waited for it). Small batches let those chunks' fetches, limiter round trips and writes
// run in between.
const ADD_BULK = 100;
// A marker outlives any sane job; were it to expire first, the reconciler audits the job once and writes it again.
const MARKER_TTL_SECONDS = 7 * 24 * 3600;

/**
 * A chunk that failed all its attempts (a poison item, a bug) is re-queued by the audit at most this many times per
 * generation; after that the job fails with the chunk's reason instead of calling the model forever. A transient
 * outage long enough to exhaust 8 attempts three times over is better surfaced than retried blindly ("resume").
 */
export const MAX_CHUNK_REQUEUES = 3;

const CHUNK_JOB_OPTIONS: JobsOptions = {
  // Transient failures (Postgres restarting, say) retry with backoff; model errors never throw.
  attempts: 8,
  backoff: { type: "exponential", delay: 1_000 },
  removeOnComplete: true,
  removeOnFail: { count: 10_000 },
};

/** Dispatch jobs: retried with backoff (dispatching is idempotent). */
const DISPATCH_JOB_OPTIONS: JobsOptions = { attempts: 5, backoff: { type: "exponential", delay: 1_000 } };

export function createJobQueue(producer: TProducer, kind: { name: string; queue: TJobQueueSpec }): TJobQueue {
  const spec = kind.queue;
  const chunks = () => producer.queue(spec.chunk);
  const jobId = (id: string, generation: number, chunk: number) => chunkJobId(kind.name, id, generation, chunk);
  const markerKey = (id: string) => `${producer.prefix}:job-marker:${kind.name}:${id}`;
  // Beside the marker: how often each chunk that failed for good was re-queued, field `<generation>:<chunk>`.
  const requeuesKey = (id: string) => `${producer.prefix}:job-requeues:${kind.name}:${id}`;
  return {
    prefix: producer.prefix,
    async enqueueDispatch(id) {
      await producer.enqueueBulk(spec.dispatch, "dispatch", [
        { data: { [spec.idField]: id }, options: DISPATCH_JOB_OPTIONS },
      ]);
    },
    async addChunks(id, generation, chunkNumbers) {
      // The first batch is small, so workers start on a large job at once rather than after 1,000 jobs reached Redis.
      for (let start = 0, end = FIRST_BULK; start < chunkNumbers.length; start = end, end += ADD_BULK) {
        const jobs = chunkNumbers.slice(start, end).map((chunk) => ({
          data: { [spec.idField]: id, chunk, generation },
          options: { ...CHUNK_JOB_OPTIONS, jobId: jobId(id, generation, chunk) },
        }));
        await producer.enqueueBulk(spec.chunk, "chunk", jobs);
      }
    },
    async markQueued(id, generation) {
      await producer.connection.set(markerKey(id), String(generation), "EX", MARKER_TTL_SECONDS);
    },
    async findLostChunks(id, generation, chunkNumbers) {
      const queue = chunks();
      const lost: number[] = [];
      const finished: number[] = [];
      const failed: { chunk: number; reason: string }[] = [];
      for (let start = 0; start < chunkNumbers.length; start += BULK) {
        const slice = chunkNumbers.slice(start, start + BULK);
        const pipeline = producer.connection.pipeline();
        // A job's hash always has `timestamp`; `finishedOn` appears when it completed or failed for good, with
        // `failedReason` when it failed.
        for (const chunk of slice) {
          pipeline.hmget(queue.toKey(jobId(id, generation, chunk)), "timestamp", "finishedOn", "failedReason");
        }
        const replies = (await pipeline.exec()) ?? [];
        slice.forEach((chunk, i) => {
          const [error, fields] = replies[i] ?? [null, null];
          if (error) throw error;
          const [timestamp = null, finishedOn = null, failedReason = null] = (fields as (string | null)[] | null) ?? [];
          if (timestamp === null) lost.push(chunk);
          else if (finishedOn !== null && failedReason !== null) failed.push({ chunk, reason: failedReason });
          else if (finishedOn !== null) finished.push(chunk);
        });
      }
      const exhausted: { chunk: number; reason: string }[] = [];
      if (failed.length > 0) {
        const pipeline = producer.connection.pipeline();
        for (const { chunk } of failed) pipeline.hincrby(requeuesKey(id), `${generation}:${chunk}`, 1);
        pipeline.expire(requeuesKey(id), MARKER_TTL_SECONDS);
        const replies = (await pipeline.exec()) ?? [];
        failed.forEach((entry, i) => {
          const [error, count] = replies[i] ?? [null, 0];
          if (error) throw error;
          if (Number(count) > MAX_CHUNK_REQUEUES) exhausted.push(entry);
          else finished.push(entry.chunk);
        });
      }
      // A finished job keeps its id in Redis; remove it so the same deterministic id can be queued again.
      for (const chunk of finished) await queue.remove(jobId(id, generation, chunk));
      return { lost: [...lost, ...finished].sort((a, b) => a - b), exhausted };
    },
    async findUnmarked(jobs) {
      if (jobs.length === 0) return new Set();
      const values = await producer.connection.mget(jobs.map((job) => markerKey(job.id)));
      return new Set(jobs.filter((job, i) => values[i] !== String(job.generation)).map((job) => job.id));
    },
  };
}
