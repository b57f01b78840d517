import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";
import { runJobs } from "@/lib/runs/kind";
import { getRunView } from "@/lib/runs/view";
import { answerFromTable, withFailures, withLatency } from "@/test/llm-server/behaviours";
import { decideOracleAnswer } from "@/test/llm-server/oracle";
import { startLlmServer } from "@/test/llm-server/server";
import type { THandler } from "@/test/llm-server/types";
import type { TSpawned } from "@/test/processes";
import {
  createTestRun,
  flushPrefix,
  isolatedRunQueue,
  medicalAbstracts,
  seedEndpoint,
  seedMedicalDataset,
  startTestWorkers,
} from "@/test/runs-harness";
import { startTcpProxy } from "@/test/tcp-proxy";

const PCT = 80;
const { labels } = medicalAbstracts;
const oracleAnswers = new Map(
  [...medicalAbstracts.table].map(([input, label]) => [input, decideOracleAnswer(input, label, labels, PCT)]),
);
const oracle = (): THandler => answerFromTable(oracleAnswers);

// Each test stops its own workers processes and servers, so nothing of one test runs during the next.
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

async function setUp(
  handler: THandler,
  options: {
    apiKey?: string;
    endpointKey?: string;
    maxConcurrency?: number;
    redisUrl?: string;
    databaseUrl?: string;
  } = {},
) {
  const server = await startLlmServer({ handler, ...(options.apiKey ? { apiKey: options.apiKey } : {}) });
  cleanups.push(() => server.close());
  const dataset = await seedMedicalDataset(prisma);
  const endpointId = await seedEndpoint(prisma, {
    baseUrl: server.url,
    ...(options.endpointKey ? { apiKey: options.endpointKey } : {}),
    maxConcurrency: options.maxConcurrency ?? 8,
    timeoutMs: 5_000,
  });
  const queues = isolatedRunQueue(options.redisUrl ? { redisUrl: options.redisUrl } : {});
  cleanups.push(() => queues.close());
  const workerEnv = {
    QUEUE_PREFIX: queues.prefix,
    REDIS_URL: queues.redisUrl,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  };
  const startWorkers = async (extraEnv: Record<string, string> = {}) => {
    const workers = await startTestWorkers({ ...workerEnv, ...extraEnv });
    cleanups.push(async () => {
      workers.child.kill("SIGKILL");
      await workers.exited;
    });
    return workers;
  };
  const runId = await createTestRun(prisma, queues.queue, dataset.datasetId, endpointId);
  return { server, dataset, endpointId, queues, startWorkers, runId };
}

const outputCount = (runId: string) => prisma.output.count({ where: { runId } });
const runStatus = async (runId: string) => (await prisma.run.findUniqueOrThrow({ where: { id: runId } })).status;
const waitForStatus = (runId: string, status: string, timeout = 90_000) =>
  expect.poll(() => runStatus(runId), { timeout, interval: 200 }).toBe(status);

describe("classification run engine (real Postgres, Redis, workers process and HTTP model server)", () => {
  it("produces exactly the metrics the scripted answers imply", async () => {
    const { runId, dataset, startWorkers } = await setUp(oracle());
    await startWorkers();
    await waitForStatus(runId, "COMPLETED");

    // Independent expectation: what the oracle said for each sample, checked against the label set by hand.
    let valid = 0;
    let correct = 0;
    for (const [input, label] of dataset.testRows) {
      const answer = oracleAnswers.get(input)!;
      if (labels.includes(answer)) valid += 1;
      if (answer === label) correct += 1;
    }
    const n = dataset.testRows.length;
    const view = await getRunView(prisma, runId);
    expect(view.progress).toMatchObject({ total: n, done: n, errors: 0 });
    expect(view.metrics).toMatchObject({ answered: n, validCount: valid, invalidCount: n - valid, correct, errors: 0 });
    expect(view.metrics!.validRate.estimate).toBeCloseTo(valid / n, 12);
    expect(view.metrics!.validAccuracy.estimate).toBeCloseTo(correct / valid, 12);
    expect(view.metrics!.accuracy.estimate).toBeCloseTo(correct / n, 12);
    expect(valid).toBeLessThan(n); // the oracle does produce invalid answers: the test exercises that path
  });

  it("survives kill -9 of the workers process: one output per sample, each model call paid at most once", async () => {
    const maxConcurrency = 4;
    const { runId, server, dataset, startWorkers } = await setUp(withLatency(oracle(), 40), { maxConcurrency });
    const first = await startWorkers();
    await expect.poll(() => outputCount(runId), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(40);
    first.child.kill("SIGKILL");
    await first.exited;
    expect(await runStatus(runId)).toBe("RUNNING");

    await startWorkers();
    await waitForStatus(runId, "COMPLETED");
    const n = dataset.testRows.length;
    expect(await outputCount(runId)).toBe(n);
    // Calls in flight when the process died are the only ones that may be repeated.
    expect(server.calls.total()).toBeLessThanOrEqual(n + maxConcurrency);
  });

  it("completes after Redis is flushed mid-run, with nothing lost or duplicated", async () => {
    // A Redis database of its own, so flushing it disturbs no other test.
    const { runId, server, dataset, queues, startWorkers } = await setUp(withLatency(oracle(), 20), {
      redisUrl: "redis://127.0.0.1:6379/7",
      maxConcurrency: 4,
    });
    await startWorkers();
    await expect.poll(() => outputCount(runId), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(40);
    await queues.redis.flushdb();

    await waitForStatus(runId, "COMPLETED");
    const n = dataset.testRows.length;
    expect(await outputCount(runId)).toBe(n);
    expect(server.calls.total()).toBeLessThanOrEqual(n + 4);
  });

  it("resumes a running run within 20 s of a Redis flush, without waiting for the stall timeout", async () => {
    const { runId, server, dataset, queues, startWorkers } = await setUp(oracle());
    // Dispatched (RUNNING, its chunk jobs waiting in Redis), then Redis loses every key of this install.
    const unused = () => Promise.reject(new Error("no model is called while dispatching"));
    await runJobs.dispatch({ db: prisma, pool, queue: queues.queue, callModel: unused, loadEndpoint: unused }, runId);
    expect(await flushPrefix(queues.redis, queues.prefix)).toBeGreaterThan(0);
    expect(await runStatus(runId)).toBe("RUNNING");

    // The production timings: a pass every 5 s, and a stall timeout (120 s) far beyond what this test waits.
    await startWorkers({ RECONCILE_INTERVAL_MS: "5000", RECONCILE_STALL_MS: "120000" });
    await expect.poll(() => outputCount(runId), { timeout: 20_000, interval: 100 }).toBeGreaterThan(0);
    await waitForStatus(runId, "COMPLETED", 30_000);
    const n = dataset.testRows.length;
    expect(await outputCount(runId)).toBe(n);
    expect(server.calls.total()).toBe(n);
  });

  it("stores a reply holding a NUL (as U+FFFD) and completes, calling the model once per sample", async () => {
    // Postgres text refuses U+0000: unsanitised, the batch insert fails and the chunk is retried (and paid) forever.
    const poisoned = answerFromTable(new Map([...oracleAnswers].map(([input, answer]) => [input, `${answer}\u0000`])));
    const { runId, server, dataset, startWorkers } = await setUp(poisoned);
    await startWorkers();
    await waitForStatus(runId, "COMPLETED", 60_000);
    const n = dataset.testRows.length;
    const outputs = await prisma.output.findMany({ where: { runId }, select: { rawText: true, errorKind: true } });
    expect(outputs).toHaveLength(n);
    expect(outputs.filter((output) => output.errorKind !== null)).toHaveLength(0);
    for (const output of outputs) expect(output.rawText).toMatch(/\uFFFD$/);
    expect(server.calls.total()).toBe(n);
  });

  it("finishes with zero errors when 20% of responses are 429 with Retry-After", async () => {
    const { runId, server, dataset, startWorkers } = await setUp(
      withFailures(oracle(), { rate429: 0.2, retryAfterSeconds: 1, seed: 7 }),
    );
    await startWorkers();
    await waitForStatus(runId, "COMPLETED");
    const view = await getRunView(prisma, runId);
    expect(view.progress.errors).toBe(0);
    expect(view.progress.done).toBe(dataset.testRows.length);
    expect(server.calls.total()).toBeGreaterThan(dataset.testRows.length); // 429s happened and were retried
  });

  it("stops the run within seconds with a message naming the endpoint when the model answers 401", async () => {
    const { runId, endpointId, startWorkers } = await setUp(oracle(), { apiKey: "sk-right", endpointKey: "sk-wrong" });
    await startWorkers();
    await waitForStatus(runId, "FAILED", 20_000);
    const run = await prisma.run.findUniqueOrThrow({ where: { id: runId }, include: { endpoint: true } });
    expect(run.endpoint.id).toBe(endpointId);
    expect(run.errorMessage).toContain(run.endpoint.name);
    expect(run.errorMessage).toMatch(/401|API key/i);
    expect(run.errorMessage).not.toContain("sk-wrong");
  });

  it("keeps running through a Postgres outage and completes the run", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    cleanups.push(() => proxy.close());
    url.port = String(proxy.port);
    const { runId, dataset, startWorkers } = await setUp(withLatency(oracle(), 20), {
      databaseUrl: url.toString(),
      maxConcurrency: 4,
    });
    const workers: TSpawned = await startWorkers();
    await expect.poll(() => outputCount(runId), { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(40);

    const before = workers.output().length;
    proxy.startOutage();
    // The outage lasts until the workers have noticed it (a lost connection or a failed job in their log).
    await expect
      .poll(() => workers.output().slice(before), { timeout: 20_000, interval: 100 })
      .toMatch(/connection lost|failed|terminated|ECONNRESET|ECONNREFUSED/i);
    proxy.endOutage();

    try {
      await waitForStatus(runId, "COMPLETED");
    } catch (error) {
      // This test has failed now and then under a fully loaded suite and never alone: keep the evidence.
      console.error(`outputs: ${await outputCount(runId)} of ${dataset.testRows.length}; workers said:`);
      console.error(workers.output());
      throw error;
    }
    expect(workers.child.exitCode).toBeNull(); // no crash
    expect(await outputCount(runId)).toBe(dataset.testRows.length);
    // Its phases may take 30 + 20 + 90 s on a loaded machine (each a poll, not a sleep); the default 60 s cut it short.
  }, 150_000);
});
