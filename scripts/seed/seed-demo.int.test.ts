import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { deriveLocalModelKey } from "@/lib/local-models/access-key";
import { DEMO_PLAN, type TDemoPlan } from "./demo-plan";
import { seedDemo, type TSeedSummary } from "./seed-demo";
import { ensureDemoClassifierRun } from "./ensure-classifier";

// The demo plan under names of its own, so this test never meets a real demo workspace.
const suffix = randomUUID().slice(0, 8);
const plan: TDemoPlan = {
  datasets: DEMO_PLAN.datasets.map((dataset) => ({ ...dataset, name: `${dataset.name} ${suffix}` })),
  endpoints: DEMO_PLAN.endpoints.map((endpoint) => ({ ...endpoint, name: `${endpoint.name} ${suffix}` })),
};
const dispatched: string[] = [];
const deps = {
  db: prisma,
  pool,
  queue: { prefix: `evalboard-test-${suffix}`, enqueueDispatch: async (runId: string) => void dispatched.push(runId) },
  baseUrl: "http://127.0.0.1:3999/api/local/v1",
};
const summaries: TSeedSummary[] = [];
const extraEndpoints: string[] = [];

afterAll(async () => {
  const first = summaries[0];
  if (!first) return;
  await prisma.run.deleteMany({ where: { id: { in: first.runs.map((run) => run.id) } } });
  await prisma.run.deleteMany({ where: { endpointId: { in: extraEndpoints } } });
  await prisma.modelEndpoint.deleteMany({ where: { id: { in: extraEndpoints } } });
  await prisma.modelEndpoint.deleteMany({ where: { id: { in: first.endpoints.map((endpoint) => endpoint.id) } } });
  await prisma.dataset.deleteMany({ where: { id: { in: first.datasets.map((dataset) => dataset.id) } } });
});

describe("seedDemo", () => {
  it("ingests the demo files, creates the local endpoints and queues one TEST run each, once", async () => {
    summaries.push(await seedDemo(deps, plan));
    const first = summaries[0]!;
    expect(first.datasets.map((dataset) => [dataset.rowCount, dataset.created])).toEqual([
      [2000, true],
      [1000, true],
    ]);
    const abstracts = await prisma.dataset.findUniqueOrThrow({ where: { id: first.datasets[0]!.id } });
    expect([abstracts.trainCount, abstracts.testCount]).toEqual([1600, 400]);
    const endpoints = await prisma.modelEndpoint.findMany({ where: { id: { in: first.endpoints.map((e) => e.id) } } });
    expect(endpoints.map((endpoint) => endpoint.model).sort()).toEqual(
      [
        `keyword-zero-shot:${abstracts.id}`,
        `majority:${abstracts.id}`,
        `naive-bayes:${abstracts.id}`,
        `retrieval-qa:${first.datasets[1]!.id}`,
      ].sort(),
    );
    // The app refuses anonymous calls to /api/local too: the workers send the local-model key stored here.
    expect(endpoints.map((endpoint) => endpoint.apiKeyLast4)).toEqual(Array(4).fill(deriveLocalModelKey().slice(-4)));
    // Local models cost nothing, and the leaderboard must say $0 rather than "unknown".
    expect(endpoints.map((endpoint) => [endpoint.inputPricePerM, endpoint.outputPricePerM])).toEqual(
      Array(4).fill([0, 0]),
    );
    const runs = await prisma.run.findMany({ where: { id: { in: first.runs.map((run) => run.id) } } });
    expect(runs.map((run) => [run.split, run.status, run.total]).sort()).toEqual([
      ["TEST", "QUEUED", 200],
      ["TEST", "QUEUED", 400],
      ["TEST", "QUEUED", 400],
      ["TEST", "QUEUED", 400],
    ]);
    expect(dispatched.sort()).toEqual(runs.map((run) => run.id).sort());

    summaries.push(await seedDemo(deps, plan));
    const second = summaries[1]!;
    expect(second.datasets.some((dataset) => dataset.created)).toBe(false);
    expect(second.endpoints.map((endpoint) => endpoint.status)).toEqual(["kept", "kept", "kept", "kept"]);
    expect(second.runs.some((run) => run.created)).toBe(false);
    expect(second.runs.map((run) => run.id)).toEqual(first.runs.map((run) => run.id));
    expect(dispatched).toHaveLength(4);
  });

  it("queues one embedding-classifier run of the local TF-IDF + SVD embeddings on the abstracts, once", async () => {
    const summary = summaries[0]!;
    const name = `TF-IDF + SVD embeddings ${suffix}`;
    const first = await ensureDemoClassifierRun(prisma, deps.queue, summary, deps.baseUrl, name);
    expect(first?.run.created).toBe(true);
    extraEndpoints.push(first!.endpoint.id);
    const endpoint = await prisma.modelEndpoint.findUniqueOrThrow({ where: { id: first!.endpoint.id } });
    expect(endpoint).toMatchObject({ model: `tfidf-svd:${summary.datasets[0]!.id}`, tags: ["local", "embeddings"] });
    const run = await prisma.run.findUniqueOrThrow({ where: { id: first!.run.id } });
    expect(run).toMatchObject({ method: "EMBEDDING_CLASSIFIER", split: "TEST", total: 400, status: "QUEUED" });
    const again = await ensureDemoClassifierRun(prisma, deps.queue, summary, deps.baseUrl, name);
    expect(again).toMatchObject({ endpoint: { status: "kept" }, run: { id: run.id, created: false } });
    // Only an endpoint registered by a fine-tune job is tagged "fine-tuned"; the naive Bayes baseline is not one.
    const tagged = await prisma.modelEndpoint.findMany({ where: { id: { in: summary.endpoints.map((e) => e.id) } } });
    expect(tagged.filter((candidate) => candidate.tags.includes("fine-tuned"))).toEqual([]);
  });

  it("repoints its own endpoints when the app moves to another port", async () => {
    const moved = await seedDemo({ ...deps, baseUrl: "http://127.0.0.1:3998/api/local/v1" }, plan);
    expect(moved.endpoints.map((endpoint) => endpoint.status)).toEqual(["updated", "updated", "updated", "updated"]);
    const endpoint = await prisma.modelEndpoint.findUniqueOrThrow({ where: { id: moved.endpoints[0]!.id } });
    expect(endpoint.baseUrl).toBe("http://127.0.0.1:3998/api/local/v1");
  });
});
