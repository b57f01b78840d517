import { UnrecoverableError, Worker } from "bullmq";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { chunkJobId } from "@/lib/jobs/chunks";
import { MAX_CHUNK_REQUEUES } from "@/lib/jobs/queue";
import type { TReconcileOptions, TReconcileResult } from "@/lib/jobs/reconcile";
import { createWorkerConnection } from "@/lib/queue/connection";
import { runJobs } from "@/lib/runs/kind";
import { createTestRun, flushPrefix, isolatedRunQueue, seedEndpoint, seedMedicalDataset } from "@/test/runs-harness";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

const unused = () => Promise.reject(new Error("no model is called while dispatching"));

/** A RUNNING run of 200 samples (4 chunks) whose chunk jobs wait in Redis: no workers process takes them. */
async function dispatchedRun() {
  const dataset = await seedMedicalDataset(prisma);
  const endpointId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1" });
  const queues = isolatedRunQueue();
  cleanups.push(() => queues.close());
  const runId = await createTestRun(prisma, queues.queue, dataset.datasetId, endpointId);
  const deps = { db: prisma, pool, queue: queues.queue, callModel: unused, loadEndpoint: unused };
  expect(await runJobs.dispatch(deps, runId)).toEqual({ chunks: 4 });
  const chunkQueue = queues.producer.queue("sampleGenerate");
  const chunkJobExists = async (chunk: number) =>
    (await chunkQueue.getJob(chunkJobId("run", runId, 0, chunk))) !== undefined;
  return { runId, queues, chunkQueue, chunkJobExists };
}

/** A BullMQ worker with no processor: the test takes and fails chunk jobs by hand, as a crashed worker would leave them. */
function manualWorker(queues: ReturnType<typeof isolatedRunQueue>, queueName: string): Worker {
  const connection = createWorkerConnection(queues.redisUrl);
  const worker = new Worker(queueName, null, { connection, prefix: queues.prefix });
  cleanups.push(async () => {
    await worker.close();
    connection.disconnect();
  });
  return worker;
}

/**
 * One reconcile pass of this test's prefix. Workers processes of other test files reconcile their own prefixes under
 * the same advisory lock; a pass that found the lock taken did nothing and is simply tried again.
 */
async function reconcileOnce(queue: ReturnType<typeof isolatedRunQueue>["queue"], options: TReconcileOptions) {
  for (let attempt = 0; attempt < 1_000; attempt += 1) {
    const result: TReconcileResult = await runJobs.reconcile(prisma, queue, options);
    if (!result.skipped) return result;
  }
  throw new Error("the reconcile lock stayed taken");
}

// The production stall timeout; audits only when asked to.
const STALL_ONLY: TReconcileOptions = { stallMs: 120_000, queuedMs: 10_000, auditMs: 3_600_000 };

describe("the job reconciler", () => {
  it("re-queues every chunk of a running job on the first pass after a Redis flush, long before the stall timeout", async () => {
    const { runId, queues, chunkJobExists } = await dispatchedRun();
    expect(await flushPrefix(queues.redis, queues.prefix)).toBeGreaterThan(0);
    expect(await chunkJobExists(0)).toBe(false);

    const first = await reconcileOnce(queues.queue, STALL_ONLY);
    expect(first.requeuedChunks).toBe(4);
    for (const chunk of [0, 1, 2, 3]) expect(await chunkJobExists(chunk)).toBe(true);
    // The marker is back: the next pass finds nothing to do.
    expect((await reconcileOnce(queues.queue, STALL_ONLY)).requeuedChunks).toBe(0);
    expect((await prisma.run.findUniqueOrThrow({ where: { id: runId } })).status).toBe("RUNNING");
  });

  it("finds a single lost chunk job at the next periodic audit while the rest of the job is queued", async () => {
    const { queues, chunkQueue, runId, chunkJobExists } = await dispatchedRun();
    await chunkQueue.remove(chunkJobId("run", runId, 0, 2));

    // The job's marker is intact and its audit is not due: nothing is touched.
    expect((await reconcileOnce(queues.queue, STALL_ONLY)).requeuedChunks).toBe(0);
    expect(await chunkJobExists(2)).toBe(false);
    const audited = await reconcileOnce(queues.queue, { ...STALL_ONLY, auditMs: 0 });
    expect(audited.requeuedChunks).toBe(1);
    expect(await chunkJobExists(2)).toBe(true);
  });

  it("re-queues a chunk whose job failed for good, under the same deterministic id", async () => {
    const { queues, chunkQueue, runId } = await dispatchedRun();
    // A worker takes the first chunk and fails it with no retry left, as after its last attempt.
    const worker = manualWorker(queues, chunkQueue.name);
    const job = await worker.getNextJob("test-token", { block: false });
    expect(job?.id).toBe(chunkJobId("run", runId, 0, 0));
    await job!.moveToFailed(new UnrecoverableError("gave up"), "test-token");
    expect(await chunkQueue.getJobState(job!.id!)).toBe("failed");

    const audited = await reconcileOnce(queues.queue, { ...STALL_ONLY, auditMs: 0 });
    expect(audited.requeuedChunks).toBe(1);
    expect(await chunkQueue.getJobState(job!.id!)).toBe("waiting");
  });

  it("fails the job with the chunk's reason once its chunks failed for good after MAX_CHUNK_REQUEUES re-queues", async () => {
    const { queues, chunkQueue, runId } = await dispatchedRun();
    const worker = manualWorker(queues, chunkQueue.name);
    // Every chunk job waiting fails with no retry left, as a poison item makes every attempt of its chunk fail.
    const failAllWaiting = async () => {
      let failed = 0;
      for (let job = await worker.getNextJob("t", { block: false }); job; job = await worker.getNextJob("t")) {
        await job.moveToFailed(new UnrecoverableError(`poison item in ${job.id}`), "t");
        failed += 1;
        if ((await chunkQueue.getWaitingCount()) === 0) break;
      }
      return failed;
    };
    // Without its marker the job is audited on the next pass, whatever the pacing of periodic audits.
    const audit = async () => {
      await queues.redis.del(`${queues.prefix}:job-marker:run:${runId}`);
      return reconcileOnce(queues.queue, STALL_ONLY);
    };
    for (let round = 1; round <= MAX_CHUNK_REQUEUES; round += 1) {
      expect(await failAllWaiting()).toBe(4);
      expect((await audit()).requeuedChunks).toBe(4);
      expect((await prisma.run.findUniqueOrThrow({ where: { id: runId } })).status).toBe("RUNNING");
    }
    expect(await failAllWaiting()).toBe(4);
    expect((await audit()).requeuedChunks).toBe(0);
    const run = await prisma.run.findUniqueOrThrow({ where: { id: runId } });
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toContain(`poison item in ${chunkJobId("run", runId, 0, 0)}`);
    expect(await chunkQueue.getWaitingCount()).toBe(0);
  });

  it("audits the other jobs when one job's audit fails, and leaves that one unmarked for the next pass", async () => {
    const dataset = await seedMedicalDataset(prisma);
    const endpointId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1" });
    const queues = isolatedRunQueue();
    cleanups.push(() => queues.close());
    const deps = { db: prisma, pool, queue: queues.queue, callModel: unused, loadEndpoint: unused };
    const broken = await createTestRun(prisma, queues.queue, dataset.datasetId, endpointId);
    const healthy = await createTestRun(prisma, queues.queue, dataset.datasetId, endpointId);
    for (const runId of [broken, healthy]) await runJobs.dispatch(deps, runId);
    await flushPrefix(queues.redis, queues.prefix);
    // Where the broken run's first chunk job belongs, a key of the wrong type: reading it fails (WRONGTYPE).
    const chunkQueue = queues.producer.queue("sampleGenerate");
    await queues.redis.set(chunkQueue.toKey(chunkJobId("run", broken, 0, 0)), "not a job hash");

    const result = await reconcileOnce(queues.queue, STALL_ONLY);
    expect(result).toMatchObject({ audited: 2, failedAudits: 1, requeuedChunks: 4 });
    for (const chunk of [0, 1, 2, 3])
      expect(await chunkQueue.getJob(chunkJobId("run", healthy, 0, chunk))).toBeDefined();
    // The failed audit wrote no marker: the next pass audits that job again, however its periodic audit is paced.
    const unmarked = await queues.queue.findUnmarked(
      await prisma.run.findMany({ where: { id: { in: [broken, healthy] } }, select: { id: true, generation: true } }),
    );
    expect([...unmarked]).toEqual([broken]);
  });

  it("validates every chunk payload added in bulk against the queue contract", async () => {
    const queues = isolatedRunQueue();
    cleanups.push(() => queues.close());
    await expect(
      queues.producer.enqueueBulk("sampleGenerate", "chunk", [
        { data: { runId: "not-a-uuid", chunk: 0 }, options: {} },
      ]),
    ).rejects.toThrow(/uuid/i);
    await expect(queues.queue.addChunks("not-a-uuid", 0, [0])).rejects.toThrow(/uuid/i);
    expect(await queues.producer.queue("sampleGenerate").count()).toBe(0);
  });
});
