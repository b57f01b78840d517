import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { TPrisma } from "@/lib/db/prisma";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { createEndpoint } from "@/lib/endpoints/service";
import { createProducer } from "@/lib/queue/producer";
import { createRuns, type TRunEnqueuer } from "@/lib/runs/create";
import { createRunQueue } from "@/lib/runs/queue";
import { loadOracleDataset } from "./llm-server/oracle";
import { MEDICAL_ABSTRACTS_200 } from "./llm-server/test-data";
import { spawnUntil } from "./processes";

export const medicalAbstracts = await loadOracleDataset({
  file: MEDICAL_ABSTRACTS_200,
  inputCol: "text",
  labelCol: "label",
});

/** A classification dataset written straight to Postgres: the real 200 medical abstracts, `trainCount` of them TRAIN. */
export async function seedMedicalDataset(db: TPrisma, options: { trainCount?: number } = {}) {
  const rows = [...medicalAbstracts.table.entries()];
  const trainCount = options.trainCount ?? 0;
  const dataset = await db.dataset.create({
    data: {
      name: `medical-${randomUUID().slice(0, 8)}`,
      task: "CLASSIFICATION",
      labels: medicalAbstracts.labels,
      sourceFileName: "medical-abstracts-classification-200.csv",
      sourceSha256: "0".repeat(64),
      sourceBytes: 0,
      columnMapping: { input: "text", expected: "label" },
      rowCount: rows.length,
      trainCount,
      testCount: rows.length - trainCount,
    },
  });
  await db.sample.createMany({
    data: rows.map(([input, label], index) => ({
      datasetId: dataset.id,
      index,
      split: index < trainCount ? ("TRAIN" as const) : ("TEST" as const),
      input,
      expected: label,
    })),
  });
  return { datasetId: dataset.id, rows, testRows: rows.slice(trainCount), labels: medicalAbstracts.labels };
}

export async function seedEndpoint(
  db: TPrisma,
  options: { baseUrl: string; model?: string; apiKey?: string; maxConcurrency?: number; timeoutMs?: number },
) {
  const view = await createEndpoint(
    ZEndpointInput.parse({
      name: `test-model-${randomUUID().slice(0, 8)}`,
      baseUrl: options.baseUrl,
      model: options.model ?? "test-model",
      apiKey: options.apiKey,
      maxConcurrency: options.maxConcurrency ?? 8,
      timeoutMs: options.timeoutMs ?? 10_000,
      inputPricePerM: 1,
      outputPricePerM: 2,
    }),
    db,
  );
  return view.id;
}

/** A QUEUED run of every TEST sample of the dataset, zero-shot; its dispatch goes to `queue`. */
export async function createTestRun(db: TPrisma, queue: TRunEnqueuer, datasetId: string, endpointId: string) {
  const input = { datasetId, endpointId, split: "TEST" as const, shots: 0, temperature: 0, seed: 1 };
  const { ids } = await createRuns(db, queue, input);
  return ids[0]!;
}

/** A queue namespace of its own (and optionally a Redis database of its own) for one test. */
export function isolatedRunQueue(options: { redisUrl?: string } = {}) {
  const prefix = `evalboard-test-${randomUUID().slice(0, 8)}`;
  const redisUrl = options.redisUrl ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const producer = createProducer({ prefix, redis });
  return {
    prefix,
    redisUrl,
    redis,
    producer,
    queue: createRunQueue(producer),
    async close() {
      await producer.close();
      redis.disconnect();
    },
  };
}

/**
 * What a FLUSHDB does to one install, without touching anyone else's keys in a shared Redis: deletes every key of
 * the queue prefix (BullMQ's queues and jobs, the engine's markers, the limiter).
 */
export async function flushPrefix(redis: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1_000);
    if (keys.length > 0) deleted += await redis.del(...keys);
    cursor = next;
  } while (cursor !== "0");
  return deleted;
}

/** A workers process on the test database, reconciling quickly so lost work is found within seconds. */
export function startTestWorkers(env: Record<string, string>) {
  // node --import tsx, not the tsx CLI: the CLI runs node as a child, and a SIGKILL to it would orphan the workers.
  return spawnUntil("node", ["--import", "tsx", "workers/index.ts"], {
    env: { RECONCILE_INTERVAL_MS: "500", RECONCILE_STALL_MS: "3000", JOB_LOCK_MS: "3000", ...env },
    ready: /\[workers\] ready/,
    timeoutMs: 60_000,
  });
}

/**
 * A workers process on the queue prefix, killed by the test's cleanups (SIGKILL, as a crash would). Returns that stop,
 * for a test that restarts the workers mid-job.
 */
export async function startWorkersWithCleanup(
  cleanups: (() => Promise<unknown>)[],
  prefix: string,
  redisUrl: string,
): Promise<() => Promise<void>> {
  const workers = await startTestWorkers({ QUEUE_PREFIX: prefix, REDIS_URL: redisUrl });
  const stop = async () => {
    workers.child.kill("SIGKILL");
    await workers.exited;
  };
  cleanups.push(stop);
  return stop;
}
