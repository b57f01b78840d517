import { randomUUID } from "node:crypto";
import { QueueEvents } from "bullmq";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createWorkerConnection } from "@/lib/queue/connection";
import { createProducer } from "@/lib/queue/producer";
import { spawnUntil } from "@/test/processes";

// Each test gets its own queue prefix, so concurrent test files and a running demo never share jobs.
function isolatedQueues() {
  const prefix = `evalboard-test-${randomUUID().slice(0, 8)}`;
  const producer = createProducer({ prefix });
  const connection = createWorkerConnection();
  const events = new QueueEvents("system", { prefix, connection });
  const close = async () => {
    await Promise.all([producer.close(), events.close()]);
    connection.disconnect();
  };
  return { prefix, producer, events, close };
}

function startWorkers(prefix: string) {
  return spawnUntil("node", ["--import", "tsx", "workers/index.ts"], {
    env: { QUEUE_PREFIX: prefix },
    ready: /\[workers\] ready/,
  });
}

afterAll(async () => {
  await prisma.$disconnect();
});

describe("workers process", () => {
  it("processes a job delivered through Redis and writes its result to Postgres", async () => {
    const queues = isolatedQueues();
    const workers = await startWorkers(queues.prefix);
    try {
      await queues.events.waitUntilReady();
      const pingId = `ping-${randomUUID()}`;
      const jobId = await queues.producer.enqueue("system", "ping", { pingId });
      const job = await queues.producer.queue("system").getJob(jobId);
      await job!.waitUntilFinished(queues.events, 20_000);

      const row = await prisma.workerPing.findUnique({ where: { id: pingId } });
      const workerId = /\[workers\] ready: (\S+)/.exec(workers.output())?.[1];
      expect(workerId).toBeDefined();
      expect(row?.workerId).toBe(workerId);
    } finally {
      workers.child.kill("SIGTERM");
      await workers.exited;
      await queues.close();
    }
  });

  it("finishes the job in flight on SIGTERM, then exits 0", async () => {
    const queues = isolatedQueues();
    const workers = await startWorkers(queues.prefix);
    try {
      await queues.events.waitUntilReady();
      const pingId = `ping-${randomUUID()}`;
      const active = new Promise<void>((resolve) => queues.events.on("active", () => resolve()));
      await queues.producer.enqueue("system", "ping", { pingId, holdMs: 1_500 });
      await active;

      workers.child.kill("SIGTERM");
      const code = await workers.exited;

      expect(code).toBe(0);
      // The row is written at the end of the held job, after the signal arrived: the shutdown waited for it.
      expect(await prisma.workerPing.findUnique({ where: { id: pingId } })).not.toBeNull();
      expect(workers.output()).toMatch(/SIGTERM received[\s\S]*closed workers[\s\S]*closed postgres/);
    } finally {
      workers.child.kill("SIGKILL");
      await queues.close();
    }
  });
});
