import { randomUUID } from "node:crypto";
import { QueueEvents, Worker } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createProducer } from "@/lib/queue/producer";
import { queueContract } from "@/lib/queue/contract";
import { seedRunWithOutputs } from "@/test/outputs-seed";
import { processVersionRescore } from "@/workers/processors/version-rescore";
import type { TWorkerContext } from "@/workers/context";
import { getVersionBoards } from "./board";
import { createVersion, ensureFirstVersion } from "./create";
import { findMissingScores, queueVersionRescore, sweepMissingScores } from "./rescore-job";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `evalboard-test-${randomUUID().slice(0, 8)}`;
const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
const producer = createProducer({ prefix, redis });
afterAll(async () => {
  await producer.close();
  redis.disconnect();
  await prisma.$disconnect();
});

const ANSWERS = Array.from({ length: 24 }, (_, i) =>
  i % 8 === 0 ? "error" : i % 5 === 0 ? "!no idea" : i % 3 === 0 ? "neoplasms" : "cardiology",
);

describe("the re-score job", () => {
  it("is queued when a version is created, stores every run's score on every version, and is found again by the sweep", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    const v1 = await ensureFirstVersion(prisma, seed.datasetId);
    const relabel = new Map([seed.samples[1]!, seed.samples[2]!].map((s) => [s.id, flip(s.expected)]));
    const exclude = new Set([seed.samples[4]!.id]);
    const v2 = await prisma.$transaction((tx) =>
      createVersion(tx, {
        datasetId: seed.datasetId,
        parentId: v1,
        change: { relabel, exclude, aliases: new Map() },
        labels: ["cardiology", "neoplasms"],
      }),
    );

    // Pages only read: nothing is scored before the job runs.
    const before = await getVersionBoards(prisma, seed.datasetId, { bootstrapSamples: 10 });
    expect(before.map((b) => [b.rows.length, b.pending.length])).toEqual([
      [0, 1],
      [0, 1],
    ]);

    // Accepting twice (a retried request) queues one job: its id names the version.
    await queueVersionRescore(prisma, producer, v2.id);
    await queueVersionRescore(prisma, producer, v2.id);
    const queue = producer.queue("versionRescore");
    const jobId = `rescore-${seed.datasetId}-version-${v2.id}`;
    expect((await queue.getJob(jobId))?.data).toEqual({ datasetId: seed.datasetId });
    expect(await queue.getJobCounts("waiting")).toEqual({ waiting: 1 });

    // A real worker on the job's queue, as the workers process registers it.
    const context = { db: prisma, workerId: "test", jobDeps: () => ({}) } as unknown as TWorkerContext;
    const events = new QueueEvents(queueContract.versionRescore.name, { connection: redis.duplicate(), prefix });
    await events.waitUntilReady();
    const done = new Promise<unknown>((resolve, reject) => {
      events.on("completed", ({ jobId: id, returnvalue }) => (id === jobId ? resolve(returnvalue) : undefined));
      events.on("failed", ({ jobId: id, failedReason }) =>
        id === jobId ? reject(new Error(failedReason)) : undefined,
      );
    });
    const worker = new Worker(queueContract.versionRescore.name, (job) => processVersionRescore(job, context), {
      connection: redis.duplicate(),
      prefix,
    });
    try {
      expect(await done).toEqual({ stored: 2 });
    } finally {
      await worker.close();
      await events.close();
    }
    expect(await queue.getJob(jobId)).toBeUndefined();
    expect(await findMissingScores(prisma, seed.datasetId)).toEqual([]);

    // The stored figures equal a count by hand on each version.
    const count = (relabelled: Map<number, string>, excluded: Set<number>) => {
      let valid = 0;
      let correct = 0;
      ANSWERS.forEach((answer, i) => {
        const sample = seed.samples[i]!;
        if (excluded.has(sample.id) || answer === "error" || answer.startsWith("!")) return;
        valid += 1;
        if (answer === (relabelled.get(sample.id) ?? sample.expected)) correct += 1;
      });
      return { valid, correct, scoring: expect.any(String) };
    };
    const boards = await getVersionBoards(prisma, seed.datasetId, { bootstrapSamples: 10 });
    expect(boards.map((b) => b.pending.length)).toEqual([0, 0]);
    expect(boards[0]!.rows[0]).toMatchObject({ ...count(new Map(), new Set()), scoring: "native" });
    expect(boards[1]!.rows[0]).toMatchObject({ ...count(relabel, exclude), scoring: "re-scored", excluded: 1 });

    // A resumed run (a new generation) that completes again is missing its scores: the sweep of the run's install
    // (its queue prefix) queues the dataset; another install's sweep leaves it alone.
    await prisma.run.update({ where: { id: seed.runId }, data: { generation: { increment: 1 } } });
    expect(await findMissingScores(prisma, seed.datasetId)).toHaveLength(2);
    expect(await sweepMissingScores(prisma, producer)).not.toContain(seed.datasetId);
    await prisma.run.update({ where: { id: seed.runId }, data: { queuePrefix: prefix } });
    expect(await sweepMissingScores(prisma, producer)).toContain(seed.datasetId);
    expect((await queue.getJob(`rescore-${seed.datasetId}-sweep`))?.data).toEqual({ datasetId: seed.datasetId });
    // Stale scores are not shown as current ones.
    const stale = await getVersionBoards(prisma, seed.datasetId, { bootstrapSamples: 10 });
    expect(stale.map((b) => b.pending.length)).toEqual([1, 1]);
    await queue.obliterate({ force: true });
  });
});

function flip(label: string): string {
  return label === "cardiology" ? "neoplasms" : "cardiology";
}
