import { hostname } from "node:os";
import { Worker } from "bullmq";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { createWorkerConnection } from "@/lib/queue/connection";
import { queueContract } from "@/lib/queue/contract";
import { getProducer } from "@/lib/queue/producer";
import { createJobDeps } from "@/lib/jobs/deps";
import type { TJobDeps } from "@/lib/jobs/deps";
import type { TWorkerContext } from "./context";
import { startHealthServer } from "./health-server";
import { startReconciler } from "./reconciler";
import { processorRegistry } from "./registry";
import { registerShutdown } from "./shutdown";

const workerId = `${hostname()}:${process.pid}`;
const connection = createWorkerConnection();
let jobDeps: TJobDeps | undefined;
const context: TWorkerContext = { db: prisma, workerId, jobDeps: () => (jobDeps ??= createJobDeps()) };
let ready = false;

const workers = processorRegistry.map((definition) => {
  const worker = new Worker(queueContract[definition.queue].name, (job) => definition.process(job, context), {
    connection,
    prefix: env.QUEUE_PREFIX,
    concurrency: definition.concurrency,
    lockDuration: env.JOB_LOCK_MS,
    stalledInterval: env.JOB_LOCK_MS,
  });
  worker.on("error", (error) => console.error(`[worker ${definition.queue}] ${error.message}`));
  worker.on("stalled", (jobId) => console.warn(`[worker ${definition.queue}] job ${jobId} stalled: handed out again`));
  worker.on("failed", (job, error) =>
    console.error(`[worker ${definition.queue}] job ${job?.name}#${job?.id} failed: ${error.message}`),
  );
  return worker;
});

const reconciler = startReconciler(context, {
  intervalMs: env.RECONCILE_INTERVAL_MS,
  stallMs: env.RECONCILE_STALL_MS,
});

const health =
  env.WORKERS_HEALTH_PORT >= 0
    ? await startHealthServer(env.WORKERS_HEALTH_PORT, () => ({
        ready,
        workerId,
        queues: processorRegistry.map((definition) => definition.queue),
      }))
    : null;

registerShutdown({
  log: (message) => console.log(`[workers] ${message}`),
  steps: [
    { name: "reconciler", run: () => reconciler.stop() },
    {
      name: "workers (waiting for jobs in flight)",
      run: async () => {
        ready = false;
        await Promise.all(workers.map((worker) => worker.close()));
      },
    },
    {
      name: "health endpoint",
      run: () => new Promise<void>((resolve) => (health ? health.server.close(() => resolve()) : resolve())),
    },
    { name: "queues", run: () => getProducer().close() },
    { name: "redis", run: async () => void (await connection.quit().catch(() => connection.disconnect())) },
    {
      name: "postgres",
      run: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    },
  ],
});

// A process's first Prisma query pays for the query engine's start-up (150-250 ms on a busy 2-core machine): pay it
// now rather than on the first run's critical path. Not awaited: a database that is down must not hold up the start.
void prisma.$queryRaw`SELECT 1`.catch(() => undefined);
await Promise.all(workers.map((worker) => worker.waitUntilReady()));
ready = true;
console.log(
  `[workers] ready: ${workerId} consuming ${processorRegistry.map((d) => d.queue).join(", ")} (prefix "${env.QUEUE_PREFIX}")` +
    (health ? `; health on http://127.0.0.1:${health.port}/health` : ""),
);
