import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import { getHeadToHead } from "@/lib/pairwise/head-to-head";
import { createEndpoint } from "@/lib/endpoints/service";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { computeStoredRatings } from "@/lib/pairwise/ratings-store";
import { createPairwiseJudging } from "@/lib/pairwise/create";
import { buildPairs } from "@/lib/pairwise/pairs";
import { pairwiseJobs } from "@/lib/pairwise/kind";
import { getProducer } from "@/lib/queue/producer";
import { createRandom } from "@/lib/metrics/random";
import { pairwiseJudge } from "@/test/llm-server/pairwise-judge";
import { startLlmServer } from "@/test/llm-server/server";
import { spawnUntil } from "@/test/processes";
import { createGeneratedDataset } from "./generated-dataset";
import { bundleWorkers, formatRate, projectRoot, workersNodeFlags } from "./support";

const SAMPLES = Number(process.env.BENCH_PAIRWISE_SAMPLES ?? 2_500);

export async function benchPairwise(only: string[] = []) {
  const wanted = (name: string) => only.length === 0 || only.includes(name);
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(1))
      .join(" ");
  if (wanted("throughput")) await throughput(load);
  if (wanted("ratings")) await ratings(load);
  await getProducer().close();
  await prisma.$disconnect();
}

/** An open-QA dataset and `runs` complete runs whose answers differ in length, written in SQL. */
async function seedRuns(samples: number, runs: number, endpointId: string) {
  const dataset = await createGeneratedDataset({
    name: `bench-pairwise-${randomUUID().slice(0, 8)}`,
    task: "OPEN_QA",
    labels: [],
    test: samples,
  });
  await prisma.$executeRaw`
    INSERT INTO "Sample" ("datasetId", index, split, input, expected)
    SELECT ${dataset.id}::uuid, i, 'TEST', 'Question ' || i || ': ' || md5(i::text), repeat('reference ', 1 + i % 9)
    FROM generate_series(0, ${samples - 1}) AS i`;
  const runIds: string[] = [];
  for (let r = 0; r < runs; r++) {
    const run = await prisma.run.create({
      data: {
        datasetId: dataset.id,
        endpointId,
        task: "OPEN_QA",
        status: "COMPLETED",
        promptTemplate: "{{input}}",
        total: samples,
        lastIndex: samples - 1,
        finishedAt: new Date(),
      },
    });
    await prisma.$executeRaw`
      INSERT INTO "Output" ("runId", "sampleId", "rawText")
      SELECT ${run.id}::uuid, s.id, repeat('answer ', 1 + (s.index * ${r + 3}) % 11) FROM "Sample" s
      WHERE s."datasetId" = ${dataset.id}::uuid`;
    runIds.push(run.id);
  }
  return { datasetId: dataset.id, runIds };
}

async function throughput(load: () => string) {
  const workersBundle = `${projectRoot}dist/bench/workers.js`;
  bundleWorkers(workersBundle);
  const server = await startLlmServer({ handler: pairwiseJudge("longer"), log: { retainMessages: false } });
  const endpoint = await createEndpoint(
    ZEndpointInput.parse({
      name: `bench-judge-${randomUUID().slice(0, 8)}`,
      baseUrl: server.url,
      model: "pairwise-longer",
      maxConcurrency: 64,
      timeoutMs: 30_000,
    }),
    prisma,
  );
  const { datasetId, runIds } = await seedRuns(SAMPLES, 2, endpoint.id);
  const workers = await spawnUntil("node", [...workersNodeFlags(), workersBundle], {
    env: { WORKERS_HEALTH_PORT: "-1", NODE_ENV: "test" },
    ready: /\[workers\] ready/,
  });
  const started = Date.now();
  const { id, plan } = await createPairwiseJudging(prisma, pairwiseJobs.createQueue(getProducer()), {
    judgeEndpointIds: [endpoint.id],
    runIds,
    // A rubric of its own per invocation: the response cache must not answer for the judge.
    rubric: `Bench ${randomUUID()}: {{question}} {{answer_a}} {{answer_b}}`,
  });
  for (;;) {
    const { status } = await prisma.pairwiseJudging.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (status !== "QUEUED" && status !== "RUNNING") break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { finishedAt } = await prisma.pairwiseJudging.findUniqueOrThrow({
    where: { id },
    select: { finishedAt: true },
  });
  const elapsed = (finishedAt?.getTime() ?? Date.now()) - started;
  const written = await prisma.pairwiseVerdict.count({ where: { pairwiseJudgingId: id, errorKind: null } });
  workers.child.kill("SIGTERM");
  await workers.exited;
  console.log(`Pairwise judging, 0 ms judge, concurrency 64 (load average ${load()}):`);
  console.log(
    `  throughput             ${written.toLocaleString("en-US")} of ${plan.calls.toLocaleString("en-US")} judge calls in ${(elapsed / 1000).toFixed(1)} s = ${formatRate(written, elapsed)} (target ≥ 500/s)`,
  );
  await server.close();
  await prisma.dataset.delete({ where: { id: datasetId } });
  await prisma.modelEndpoint.delete({ where: { id: endpoint.id } });
}

async function ratings(load: () => string) {
  const contestants = 10;
  const samples = 10_000;
  const pairs = buildPairs(contestants, { schedule: "all" });
  // Contestant i is a little stronger than i - 1: outcome probabilities from Bradley-Terry strengths 1.2^i.
  const random = createRandom(42);
  const outcomes = new Uint8Array(samples * pairs.length);
  for (let s = 0; s < samples; s++) {
    pairs.forEach(([x, y], p) => {
      const pFirst = 1.2 ** x / (1.2 ** x + 1.2 ** y);
      const u = random();
      outcomes[s * pairs.length + p] = u < 0.15 ? 3 : u < 0.15 + 0.85 * pFirst ? 1 : 2;
    });
  }
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const stored = computeStoredRatings({ contestants, pairs, outcomes, generation: 0 }, { resamples: 1_000 });
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `Ratings, ${contestants} contestants × ${samples.toLocaleString("en-US")} samples (load average ${load()}):`,
  );
  console.log(
    `  fit + 1,000 resamples  ${(samples * pairs.length).toLocaleString("en-US")} verdicts in ${(elapsed / 1000).toFixed(2)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s of CPU (target ≤ 2 s); ` +
      `spread ${Math.round(stored.ratings[0]!.rating!)}…${Math.round(stored.ratings[contestants - 1]!.rating!)}`,
  );
  // The leaderboard's head-to-head section reads what was stored: time it on a judging holding these ratings.
  const endpoint = await createEndpoint(
    ZEndpointInput.parse({ name: `bench-${randomUUID().slice(0, 8)}`, baseUrl: "http://127.0.0.1:9/v1", model: "m" }),
    prisma,
  );
  const { datasetId, runIds } = await seedRuns(10, contestants, endpoint.id);
  const pairResults = pairs.map((_, pairIndex) => ({ pairIndex, wins: 1, ties: 1, losses: 1, failed: 0, flipped: 0 }));
  await prisma.pairwiseJudging.create({
    data: {
      datasetId,
      split: "TEST",
      runIds,
      judgeEndpointIds: [endpoint.id],
      pairs,
      rubric: "bench",
      status: "COMPLETED",
      total: 0,
      finishedAt: new Date(),
      ratings: { ...stored, pairResults } as unknown as Prisma.InputJsonValue,
    },
  });
  const readStarted = performance.now();
  const reads = 20;
  for (let i = 0; i < reads; i++) await getHeadToHead(prisma, datasetId);
  console.log(
    `  head-to-head section  ${((performance.now() - readStarted) / reads).toFixed(1)} ms a read (target ≤ 300 ms with the page)`,
  );
  await prisma.dataset.delete({ where: { id: datasetId } });
  await prisma.modelEndpoint.delete({ where: { id: endpoint.id } });
}
