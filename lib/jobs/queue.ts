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
  /**
   * The job's window (window.ts): the first chunk number not handed out yet in this generation, or null when there is
   * none (a flushed Redis, a job queued before windows, another generation's).
   */
  readWindow: (id: string, generation: number) => Promise<number | null>;
  /** Moves the window's cursor to `next`, never back within a generation (a new generation starts over). */
  raiseWindow: (id: string, generation: number, next: number) => Promise<void>;
  /** Claims the next chunk number below `count` (advancing the cursor), or null: no window, or nothing left. */
  claimNextChunk: (id: string, generation: number, count: number) => Promise<number | null>;
};

const BULK = 1_000;
// Chunk jobs go in batches of 100: building and adding 1,000 BullMQ jobs takes ~0.5 s of this process's event loop
// and one long MULTI on Redis. A job's window (window.ts) keeps a dispatch or a re-queue to a few dozen anyway.
const ADD_BULK = 100;
// The window's cursor `<generation>:<next>`: raised to ARGV[2] unless it is already there (same generation), or
// claimed one chunk at a time below ARGV[2] (returns the claimed number, -1 when there is none to claim). Scripts, so
// that concurrent chunk completions and an audit never hand out one number twice or move the cursor back.
const RAISE_WINDOW = `
local current = redis.call('GET', KEYS[1])
if current then
  local sep = string.find(current, ':', 1, true)
  if string.sub(current, 1, sep - 1) == ARGV[1] and tonumber(string.sub(current, sep + 1)) >= tonumber(ARGV[2]) then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. ARGV[2], 'EX', ARGV[3])
return 1`;
const CLAIM_CHUNK = `
local current = redis.call('GET', KEYS[1])
if not current then return -1 end
local sep = string.find(current, ':', 1, true)
if string.sub(current, 1, sep - 1) ~= ARGV[1] then return -1 end
local next = tonumber(string.sub(current, sep + 1))
if next >= tonumber(ARGV[2]) then return -1 end
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. (next + 1), 'KEEPTTL')
return next`;

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
  // Beside the marker too: the job's window cursor (window.ts), lost with it in a flush.
  const windowKey = (id: string) => `${producer.prefix}:job-window:${kind.name}:${id}`;
  return {
    prefix: producer.prefix,
    async enqueueDispatch(id) {
      await producer.enqueueBulk(spec.dispatch, "dispatch", [
        { data: { [spec.idField]: id }, options: DISPATCH_JOB_OPTIONS },
      ]);
    },
    async addChunks(id, generation, chunkNumbers) {
      for (let start = 0; start < chunkNumbers.length; start += ADD_BULK) {
        const jobs = chunkNumbers.slice(start, start + ADD_BULK).map((chunk) => ({
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
    async readWindow(id, generation) {
      const value = await producer.connection.get(windowKey(id));
      const [stored, next] = (value ?? "").split(":");
      return value !== null && stored === String(generation) ? Number(next) : null;
    },
    async raiseWindow(id, generation, next) {
      await producer.connection.eval(RAISE_WINDOW, 1, windowKey(id), generation, next, MARKER_TTL_SECONDS);
    },
    async claimNextChunk(id, generation, count) {
      const claimed = Number(await producer.connection.eval(CLAIM_CHUNK, 1, windowKey(id), generation, count));
      return claimed >= 0 ? claimed : null;
    },
  };
}
