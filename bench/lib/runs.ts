import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { Redis } from "ioredis";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { createEndpoint } from "@/lib/endpoints/service";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { createProducer, getProducer } from "@/lib/queue/producer";
import { createRuns } from "@/lib/runs/create";
import { dispatchRun } from "@/lib/runs/dispatch";
import { createRunQueue } from "@/lib/runs/queue";
import { startLlmServer } from "@/test/llm-server/server";
import { spawnUntil } from "@/test/processes";
import { benchAnswerModes, benchCalibration } from "./answer-modes";
import { createGeneratedDataset, insertGeneratedSamples } from "./generated-dataset";
import { createModelMeter } from "./model-meter";
import { benchOutputIndex } from "./output-index";
import { describeRssGrowth, describeStart, rssMb, timeToRate, type TMark } from "./progress-marks";
import { serveRunsApi } from "./runs-api";
import { bundleWorkers, cpuMs, formatRate, machineBusyMs, peakRssMb, projectRoot, workersNodeFlags } from "./support";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

// BENCH_LARGE_SAMPLES=20000 for a quicker look at the large case.
const largeRun = Number(process.env.BENCH_LARGE_SAMPLES ?? 100_000);

type TRunsApi = Awaited<ReturnType<typeof serveRunsApi>>;

export async function benchRuns(only: string[] = []) {
  const wanted = (name: string) => only.length === 0 || only.includes(name);
  // Inside the project so that the bundle resolves its external packages from node_modules.
  const workersBundle = `${projectRoot}dist/bench/workers.js`;
  bundleWorkers(workersBundle);
  const api = await serveRunsApi();
  if (wanted("api")) {
    // The reference figure: created with POST /api/runs and followed with GET /api/runs/:id, as a script would.
    await throughput(api, {
      label: "2,000 samples through the API, 0 ms model, concurrency 64",
      samples: 2_000,
      latencyMs: 0,
      maxConcurrency: 64,
      workersBundle,
      pollVia: "api",
    });
  }
  if (wanted("large")) {
    await throughput(api, {
      label: `${largeRun.toLocaleString("en-US")} samples, 0 ms model, concurrency 64`,
      samples: largeRun,
      latencyMs: 0,
      maxConcurrency: 64,
      workersBundle,
      pollVia: "count",
    });
  }
  if (wanted("latency")) {
    await throughput(api, {
      label: "200 ms model latency, concurrency 64",
      samples: 3_000,
      latencyMs: 200,
      maxConcurrency: 64,
      workersBundle,
      pollVia: "count",
    });
  }
  if (wanted("modes")) await benchAnswerModes(api, workersBundle, throughput);
  if (wanted("calibration")) await benchCalibration();
  await api.close();
  await getProducer().close();
  if (wanted("enqueue")) await enqueueMillion();
  if (wanted("index")) await benchOutputIndex(seedDataset);
  await prisma.$disconnect();
}

async function seedDataset(rows: number): Promise<string> {
  const dataset = await createGeneratedDataset({ name: `bench-${randomUUID().slice(0, 8)}`, test: rows });
  await insertGeneratedSamples(dataset.id, { test: rows });
  return dataset.id;
}

export type TThroughputCase = {
  label: string;
  samples: number;
  latencyMs: number;
  maxConcurrency: number;
  workersBundle: string;
  /** How progress is followed: the API's run view (what a script sees), or a bare count (cheap on a large run). */
  pollVia: "api" | "count";
  /** Run settings of lib/answer-modes (bench/lib/answer-modes.ts compares them). */
  answerMode?: string;
  withLogprobs?: boolean;
};

/** What one case measured: samples answered per second, and CPU time per sample (the workers', the machine's). */
export type TThroughput = { rate: number; workersCpuMsPerSample: number; machineCpuMsPerSample: number };

/** Runs one case and prints its figures. */
async function throughput(api: TRunsApi, options: TThroughputCase): Promise<TThroughput> {
  // Shows whether the endpoint's concurrency was actually used, from the model's side.
  const meter = createModelMeter();
  const server = await startLlmServer({
    handler: () =>
      meter.measure(async () => {
        if (options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
        return { content: "neoplasms" };
      }),
    log: { retainMessages: false },
  });
  const datasetId = await seedDataset(options.samples);
  const endpoint = await createEndpoint(
    ZEndpointInput.parse({
      name: `bench-${randomUUID().slice(0, 8)}`,
      baseUrl: server.url,
      model: "bench",
      maxConcurrency: options.maxConcurrency,
      timeoutMs: 30_000,
    }),
    prisma,
  );
  // BENCH_WORKERS_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the workers under this load.
  const nodeArgs = (process.env.BENCH_WORKERS_NODE_ARGS ?? "").split(" ").filter((arg) => arg !== "");
  const workers = await spawnUntil("node", [...workersNodeFlags(), ...nodeArgs, options.workersBundle], {
    env: { WORKERS_HEALTH_PORT: "-1", NODE_ENV: "test" },
    ready: /\[workers\] ready/,
  });
  const pid = workers.child.pid!;
  const idleRss = rssMb(pid);
  const idleCpu = cpuMs(pid);
  // This process serves the test model (and polls): its CPU per sample says what the fake endpoint cost the run.
  const ownCpu = process.cpuUsage();
  const machineBusy = machineBusyMs();
  const started = Date.now();
  const startedAt = performance.now();
  // A fresh seed per invocation: the response cache must not answer for the model.
  const runId = await api.createRun({
    datasetId,
    endpointId: endpoint.id,
    split: "TEST",
    seed: Math.floor(Math.random() * 1e9),
    ...(options.answerMode ? { answerMode: options.answerMode, withLogprobs: options.withLogprobs } : {}),
  });
  const marks: TMark[] = [];
  // Polling costs Postgres time on the same 2 cores: every 100 ms for the first 6 s (the 1 s, 2 s and 5 s marks and
  // the time to full speed need it; the run has few rows to count then), then less often on a large run.
  const pollMs = (elapsed: number) => (elapsed < 6_000 ? 100 : options.samples > 10_000 ? 500 : 250);
  for (;;) {
    const { status, done } = await readProgress(api, options.pollVia, runId);
    marks.push({ at: Date.now() - started, done, rssMb: rssMb(pid) });
    if (status !== "QUEUED" && status !== "RUNNING") break;
    await new Promise((resolve) => setTimeout(resolve, pollMs(Date.now() - started)));
  }
  // The run's own finishing time, not when this loop noticed it (up to one poll interval later).
  const { finishedAt } = await prisma.run.findUniqueOrThrow({ where: { id: runId }, select: { finishedAt: true } });
  const elapsed = (finishedAt?.getTime() ?? Date.now()) - started;
  const model = meter.summarise(startedAt, startedAt + elapsed, options.maxConcurrency);
  // Also the steady-state rate, between 10% and 90% of the samples: start-up and the last chunks' tail excluded.
  const from = marks.find((mark) => mark.done >= options.samples * 0.1);
  const to = marks.findLast((mark) => mark.done <= options.samples * 0.9);
  const steady = from && to && to.at > from.at ? ((to.done - from.done) / (to.at - from.at)) * 1000 : null;
  const done = await prisma.output.count({ where: { runId, errorKind: null } });
  const peakRss = peakRssMb(pid);
  const workersCpuMsPerSample = (cpuMs(pid) - idleCpu) / Math.max(1, done);
  const ownUsage = process.cpuUsage(ownCpu);
  const ownCpuMsPerSample = (ownUsage.user + ownUsage.system) / 1000 / Math.max(1, done);
  const machineCpuMsPerSample = (machineBusyMs() - machineBusy) / Math.max(1, done);
  workers.child.kill("SIGTERM");
  await workers.exited;
  const ideal = options.latencyMs > 0 ? (options.maxConcurrency * 1000) / options.latencyMs : null;
  const percentOfIdeal = (rate: number) =>
    ideal ? ` = ${Math.round((rate * 100) / ideal)}% of the ideal ${ideal}/s` : "";
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(22)} ${value}`);
  // Five other engineers share the 2 cores: the load average says how much of the machine the run really had.
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  console.log(`${options.label} (${new Date().toISOString().slice(11, 19)} UTC, load average ${load}):`);
  line(
    "throughput",
    `${done.toLocaleString("en-US")} samples in ${(elapsed / 1000).toFixed(1)} s = ${formatRate(done, elapsed)}${percentOfIdeal((done / elapsed) * 1000)}`,
  );
  if (steady) line("steady (10%→90%)", `${Math.round(steady)}/s${percentOfIdeal(steady)}`);
  line("start", describeStart(marks, elapsed, done));
  if (steady) {
    const fullSpeedAt = timeToRate(marks, steady);
    line(
      "90% of steady after",
      fullSpeedAt === null ? "never" : `${(fullSpeedAt / 1000).toFixed(1)} s (over the second before it)`,
    );
  }
  line(
    "workers RSS (MB)",
    `idle ${Math.round(idleRss)}, peak ${Math.round(peakRss)}; at 25/50/75/100%: ${describeRssGrowth(marks, options.samples)}`,
  );
  line(
    "CPU per sample",
    `workers ${(workersCpuMsPerSample * 1000).toFixed(0)} µs, this process (test model, polling) ${(ownCpuMsPerSample * 1000).toFixed(0)} µs, ` +
      `whole machine ${(machineCpuMsPerSample * 1000).toFixed(0)} µs (user + system; the rest is Postgres, Redis and anything else running)`,
  );
  line(
    "model",
    `${server.calls.total().toLocaleString("en-US")} calls, at most ${model.peak} at once, first after ${Math.round(model.firstRequestMs ?? 0)} ms` +
      (ideal ? `, slots busy ${Math.round(model.busyShare * 100)}% of the run` : "") +
      `, run complete ${Math.round(model.afterLastAnswerMs)} ms after the last answer`,
  );
  await server.close();
  await prisma.dataset.delete({ where: { id: datasetId } });
  await prisma.modelEndpoint.delete({ where: { id: endpoint.id } });
  return { rate: (done / elapsed) * 1000, workersCpuMsPerSample, machineCpuMsPerSample };
}

async function readProgress(api: TRunsApi, via: "api" | "count", runId: string) {
  if (via === "api") {
    const run = await api.readRun(runId);
    return { status: run.status, done: run.progress.done };
  }
  const [run, done] = await Promise.all([
    prisma.run.findUniqueOrThrow({ where: { id: runId }, select: { status: true } }),
    prisma.output.count({ where: { runId } }),
  ]);
  return { status: run.status, done };
}

async function enqueueMillion() {
  const prefix = `evalboard-bench-${randomUUID().slice(0, 8)}`;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const producer = createProducer({ prefix, redis });
  const queue = createRunQueue(producer);
  const seeded = Date.now();
  const datasetId = await seedDataset(1_000_000);
  console.log(`1,000,000 samples generated in ${((Date.now() - seeded) / 1000).toFixed(1)} s (setup, not measured)`);
  const endpoint = await createEndpoint(
    ZEndpointInput.parse({ name: `bench-${prefix}`, baseUrl: "http://127.0.0.1:9/v1", model: "none" }),
    prisma,
  );
  const { ids } = await createRuns(
    prisma,
    { prefix, enqueueDispatch: async () => {} },
    { datasetId, endpointId: endpoint.id, split: "TEST", shots: 0, temperature: 0, seed: 1 },
  );
  const before = await usedMemory(redis);
  const started = Date.now();
  const { chunks } = await dispatchRun(
    {
      db: prisma,
      queue,
      pool,
      callModel: () => Promise.reject(new Error("unused")),
      loadEndpoint: () => Promise.reject(new Error("unused")),
    },
    ids[0]!,
  );
  const elapsed = Date.now() - started;
  const after = await usedMemory(redis);
  console.log(
    `enqueue a 1,000,000-sample run: ${chunks.toLocaleString("en-US")} chunk jobs in ${(elapsed / 1000).toFixed(2)} s; Redis memory +${((after - before) / 1024 / 1024).toFixed(1)} MB`,
  );
  await producer.queue("sampleGenerate").obliterate({ force: true });
  await producer.close();
  redis.disconnect();
  await prisma.dataset.delete({ where: { id: datasetId } });
  await prisma.modelEndpoint.delete({ where: { id: endpoint.id } });
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info("memory");
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
}
