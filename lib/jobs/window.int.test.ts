import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { chunkJobId } from "@/lib/jobs/chunks";
import { createJobDeps } from "@/lib/jobs/deps";
import { createJobEngine, type TJobEngine } from "@/lib/jobs/engine";
import type { TReconcileOptions, TReconcileResult } from "@/lib/jobs/reconcile";
import { windowSize } from "@/lib/jobs/window";
import { runKind } from "@/lib/runs/kind";
import { startLlmServer } from "@/test/llm-server/server";
import { createTestRun, flushPrefix, isolatedRunQueue, seedEndpoint } from "@/test/runs-harness";
import { seedTestDataset } from "@/test/seed-test-dataset";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

// Runs whose workers process runs one chunk at a time: a window of a few chunks, so a 600-sample run (12 chunks of
// 50) has chunks beyond it.
const narrowKind = { ...runKind, chunkConcurrency: 1 };
const WINDOW = windowSize(narrowKind);
const SAMPLES = 600;
const CHUNKS = SAMPLES / 50;
const EVERY_PASS: TReconcileOptions = { stallMs: 120_000, queuedMs: 10_000, auditMs: 0 };

async function seedDataset(rows: number): Promise<string> {
  const { dataset } = await seedTestDataset(prisma, {
    name: "window",
    task: "CLASSIFICATION",
    labels: ["yes", "no"],
    expected: Array.from({ length: rows }, (_, index) => (index % 2 === 0 ? "yes" : "no")),
    input: (index) => `Question ${index}`,
  });
  return dataset.id;
}

/** A dispatched 600-sample run of `engine`, its model answering at once, no workers process taking its chunks. */
async function dispatchedRun(engine: TJobEngine = createJobEngine(narrowKind)) {
  const server = await startLlmServer({ handler: () => ({ content: "yes" }) });
  cleanups.push(() => server.close());
  const datasetId = await seedDataset(SAMPLES);
  const endpointId = await seedEndpoint(prisma, { baseUrl: server.url, model: `window-${randomUUID().slice(0, 8)}` });
  const queues = isolatedRunQueue();
  cleanups.push(() => queues.close());
  const runId = await createTestRun(prisma, queues.queue, datasetId, endpointId);
  const deps = { ...createJobDeps(), queue: queues.queue };
  const dispatched = await engine.dispatch(deps, runId);
  const chunkQueue = queues.producer.queue("sampleGenerate");
  const queuedChunks = async () => {
    const queued: number[] = [];
    for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
      if (await chunkQueue.getJob(chunkJobId("run", runId, 0, chunk))) queued.push(chunk);
    }
    return queued;
  };
  /** Processes a chunk as a workers process would, its job then removed as on completion (removeOnComplete). */
  const finishChunk = async (chunk: number) => {
    const result = await engine.processChunk(deps, { id: runId, chunk, generation: 0 });
    await chunkQueue.remove(chunkJobId("run", runId, 0, chunk));
    return result;
  };
  return { runId, queues, deps, dispatched, chunkQueue, queuedChunks, finishChunk, server };
}

/**
 * One reconcile pass of this test's prefix that audits the run: without its marker it is audited at once, however the
 * periodic audits are paced (lib/jobs/reconcile.ts).
 */
async function reconcileOnce(engine: TJobEngine, queues: ReturnType<typeof isolatedRunQueue>, runId: string) {
  await queues.redis.del(`${queues.prefix}:job-marker:run:${runId}`);
  for (let attempt = 0; attempt < 1_000; attempt += 1) {
    const result: TReconcileResult = await engine.reconcile(prisma, queues.queue, EVERY_PASS);
    if (!result.skipped) return result;
  }
  throw new Error("the reconcile lock stayed taken");
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe("a job's window of queued chunks", () => {
  it("is all dispatch queues, and each finished chunk queues the next one", async () => {
    expect(WINDOW).toBeLessThan(CHUNKS);
    const { dispatched, queuedChunks, finishChunk } = await dispatchedRun();
    expect(dispatched).toEqual({ chunks: WINDOW });
    expect(await queuedChunks()).toEqual(range(0, WINDOW));

    expect(await finishChunk(1)).toEqual({ written: 50 });
    expect(await queuedChunks()).toEqual([0, ...range(2, WINDOW + 1)]);
    expect(await finishChunk(0)).toEqual({ written: 50 });
    expect(await queuedChunks()).toEqual(range(2, WINDOW + 2));
  });

  it("runs to completion through the hand-outs alone, each chunk queued once", async () => {
    const { runId, server, queuedChunks, finishChunk } = await dispatchedRun();
    for (let done = 0; done < CHUNKS; done += 1) {
      const [next] = await queuedChunks();
      expect(next).toBe(done);
      await finishChunk(next!);
    }
    expect(await queuedChunks()).toEqual([]);
    expect(server.calls.total()).toBe(SAMPLES);
    const run = await prisma.run.findUniqueOrThrow({ where: { id: runId } });
    expect(run.status).toBe("COMPLETED");
  });

  it("has the reconciler call lost only the chunks it handed out, and open it again after a flush", async () => {
    const engine = createJobEngine(narrowKind);
    const { runId, queues, chunkQueue, queuedChunks } = await dispatchedRun(engine);
    // The chunks beyond the window are not queued by design: nothing is lost.
    expect((await reconcileOnce(engine, queues, runId)).requeuedChunks).toBe(0);
    expect(await queuedChunks()).toEqual(range(0, WINDOW));

    await chunkQueue.remove(chunkJobId("run", runId, 0, 2));
    expect((await reconcileOnce(engine, queues, runId)).requeuedChunks).toBe(1);
    expect(await queuedChunks()).toEqual(range(0, WINDOW));

    await flushPrefix(queues.redis, queues.prefix);
    expect((await reconcileOnce(engine, queues, runId)).requeuedChunks).toBe(WINDOW);
    expect(await queuedChunks()).toEqual(range(0, WINDOW));
    // The window's cursor is back too: the next hand-out is the chunk after the window.
    expect(await queues.queue.claimNextChunk(runId, 0, CHUNKS)).toBe(WINDOW);
  });

  it("is refilled by the reconciler when its hand-outs were lost", async () => {
    const engine = createJobEngine(narrowKind);
    const { runId, queues, chunkQueue, queuedChunks, deps } = await dispatchedRun(engine);
    // Every chunk of the window finished while Redis refused the hand-outs: their rows are written, no successor.
    const refusing = { ...deps, queue: { ...deps.queue, claimNextChunk: async () => null } };
    for (const chunk of range(0, WINDOW)) {
      await engine.processChunk(refusing, { id: runId, chunk, generation: 0 });
      await chunkQueue.remove(chunkJobId("run", runId, 0, chunk));
    }
    expect(await queuedChunks()).toEqual([]);
    expect((await reconcileOnce(engine, queues, runId)).requeuedChunks).toBe(WINDOW);
    expect(await queuedChunks()).toEqual(range(WINDOW, 2 * WINDOW));
  });

  it("is not re-queued by an audit for a chunk that finished between its Postgres and Redis reads", async () => {
    // Finishing chunk 0 right after the audit read which chunks have missing rows: the audit then finds its job gone.
    let finishInBetween: (() => Promise<unknown>) | null = null;
    const racingKind = {
      ...narrowKind,
      findChunksWithMissingRows: async (...args: Parameters<typeof runKind.findChunksWithMissingRows>) => {
        const chunks = await runKind.findChunksWithMissingRows(...args);
        const finish = finishInBetween;
        finishInBetween = null;
        await finish?.();
        return chunks;
      },
    };
    const engine = createJobEngine(racingKind);
    const { runId, queues, queuedChunks, finishChunk, server } = await dispatchedRun(engine);
    finishInBetween = () => finishChunk(0);
    const result = await reconcileOnce(engine, queues, runId);
    expect(finishInBetween).toBeNull();
    expect(result.requeuedChunks).toBe(0);
    // Chunk 0 is done and not queued again; its finishing queued the chunk after the window.
    expect(await queuedChunks()).toEqual(range(1, WINDOW + 1));
    expect(server.calls.total()).toBe(50);
    expect(await prisma.output.count({ where: { runId } })).toBe(50);
  });
});
