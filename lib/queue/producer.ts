import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { env } from "@/lib/env";
import { createProducerConnection } from "./connection";
import { parseJobPayload, queueContract, type TJobName, type TJobPayload, type TQueueKey } from "./contract";

export type TProducer = {
  enqueue<Q extends TQueueKey, J extends TJobName<Q>>(
    queue: Q,
    jobName: J,
    payload: TJobPayload<Q, J>,
    options?: JobsOptions,
  ): Promise<string>;
  queue(key: TQueueKey): Queue;
  prefix: string;
  close(): Promise<void>;
};

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
      const job = await queue(queueKey).add(jobName, data, {
        removeOnComplete: { count: 1_000 },
        removeOnFail: { count: 5_000 },
        ...jobOptions,
      });
      if (!job.id) throw new Error(`BullMQ returned no job id for ${queueKey}/${jobName}`);
      return job.id;
    },
    queue,
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
