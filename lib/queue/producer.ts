import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { env } from "@/lib/env";
import { createProducerConnection } from "./connection";
import {
  parseJobPayload,
  parseQueuePayload,
  queueContract,
  type TJobName,
  type TJobPayload,
  type TQueueKey,
} from "./contract";

export type TProducer = {
  enqueue<Q extends TQueueKey, J extends TJobName<Q>>(
    queue: Q,
    jobName: J,
    payload: TJobPayload<Q, J>,
    options?: JobsOptions,
  ): Promise<string>;
  /**
   * Many jobs of one queue in one round trip (chunk jobs). Every payload is validated against the contract, like
   * `enqueue`'s; a job whose id is already in the queue is not added twice.
   */
  enqueueBulk(
    queue: TQueueKey,
    jobName: string,
    jobs: readonly { data: unknown; options: JobsOptions }[],
  ): Promise<void>;
  queue(key: TQueueKey): Queue;
  /** The Redis connection the queues use (pipelined reads of job keys by the reconciler). */
  connection: Redis;
  prefix: string;
  close(): Promise<void>;
};

const DEFAULT_JOB_OPTIONS: JobsOptions = { removeOnComplete: { count: 1_000 }, removeOnFail: { count: 5_000 } };

/** Producer side of the queue contract: validates payloads before they reach Redis. */
export function createProducer(options: { redis?: Redis; prefix?: string } = {}): TProducer {
  const connection = options.redis ?? createProducerConnection();
  const prefix = options.prefix ?? env.QUEUE_PREFIX;
  const queues = new Map<TQueueKey, Queue>();

  function queue(key: TQueueKey): Queue {
    const existing = queues.get(key);
    if (existing) return existing;
    const created = new Queue(queueContract[key].name, { connection, prefix });
    created.on("error", (error) => console.warn(`[queue ${key}] ${error.message}`));
    queues.set(key, created);
    return created;
  }

  return {
    async enqueue(queueKey, jobName, payload, jobOptions) {
      const data = parseJobPayload(queueKey, jobName, payload);
      const job = await queue(queueKey).add(jobName, data, { ...DEFAULT_JOB_OPTIONS, ...jobOptions });
      if (!job.id) throw new Error(`BullMQ returned no job id for ${queueKey}/${jobName}`);
      return job.id;
    },
    async enqueueBulk(queueKey, jobName, jobs) {
      if (jobs.length === 0) return;
      await queue(queueKey).addBulk(
        jobs.map((job) => ({
          name: jobName,
          data: parseQueuePayload(queueKey, jobName, job.data),
          opts: { ...DEFAULT_JOB_OPTIONS, ...job.options },
        })),
      );
    },
    queue,
    connection,
    prefix,
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
      if (!options.redis) await connection.quit().catch(() => connection.disconnect());
    },
  };
}

// One producer per server process (Next re-evaluates modules on reload in development).
const globalForProducer = globalThis as typeof globalThis & { evalboardProducer?: TProducer };

export function getProducer(): TProducer {
  globalForProducer.evalboardProducer ??= createProducer();
  return globalForProducer.evalboardProducer;
}
