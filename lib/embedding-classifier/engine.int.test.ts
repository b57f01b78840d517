import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { getClassificationLeaderboard } from "@/lib/leaderboard/classification";
import { buildEmbeddingCacheKey } from "@/lib/llm/call-embeddings";
import { startLlmServer } from "@/test/llm-server/server";
import { isolatedRunQueue, seedEndpoint, seedMedicalDataset, startWorkersWithCleanup } from "@/test/runs-harness";
import { findComparedSides } from "@/lib/compare/runs";
import { listRuns } from "@/lib/runs/list";
import { L2_CANDIDATES } from "./cross-validate";
import { createClassifierRun } from "./create";
import { EMBEDDING_CLASSIFIER } from "./naming";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

const startWorkers = (prefix: string, redisUrl: string) => startWorkersWithCleanup(cleanups, prefix, redisUrl);

// 150 TRAIN rows: two embeddings requests (128 + 22 texts) to fit on; 50 TEST rows to score.
const TRAIN = 150;

async function setUp(model = "hash-embed") {
  const server = await startLlmServer();
  cleanups.push(() => server.close());
  const { datasetId, labels, rows } = await seedMedicalDataset(prisma, { trainCount: TRAIN });
  // Price 1 USD per million input tokens (seedEndpoint), so the fit's and the outputs' costs are exact.
  const endpointId = await seedEndpoint(prisma, { baseUrl: server.url, model, apiKey: "sk-embed-1234" });
  const queues = isolatedRunQueue();
  cleanups.push(() => queues.close());
  const stopWorkers = await startWorkers(queues.prefix, queues.redisUrl);
  const create = () => createClassifierRun(prisma, queues.queue, { datasetId, endpointId });
  return { server, datasetId, labels, rows, endpointId, queues, stopWorkers, create };
}

const runOf = (id: string) => prisma.run.findUniqueOrThrow({ where: { id } });
const waitForStatus = (id: string, expected: string) =>
  expect.poll(async () => (await runOf(id)).status, { timeout: 90_000, interval: 250 }).toBe(expected);
const outputsOf = (runId: string) => prisma.output.findMany({ where: { runId }, orderBy: { sampleId: "asc" } });
const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));

describe("embedding-classifier runs (real Postgres, Redis, workers process, the test LLM server's /embeddings)", () => {
  it("fits on TRAIN, answers every TEST sample with a valid label and its probability; a second run pays nothing", async () => {
    const env = await setUp();
    const { id } = await env.create();
    await waitForStatus(id, "COMPLETED");
    const run = await runOf(id);
    expect(run.method).toBe(EMBEDDING_CLASSIFIER);

    const trainTexts = env.rows.slice(0, TRAIN).map(([input]) => input);
    const testRows = env.rows.slice(TRAIN);
    // Every text embedded once, in requests of at most 128 (TRAIN in 2; TEST batched by chunk).
    expect(env.server.embeddings.texts.length).toBe(new Set(env.server.embeddings.texts).size);
    expect(new Set(env.server.embeddings.texts)).toEqual(new Set(env.rows.map(([input]) => input)));
    expect(Math.max(...env.server.embeddings.batches.map((batch) => batch.length))).toBeLessThanOrEqual(128);
    expect(env.server.embeddings.requests()).toBeLessThan(env.rows.length / 10);

    const classifier = await prisma.runClassifier.findUniqueOrThrow({ where: { runId: id } });
    expect(classifier).toMatchObject({ trainRows: TRAIN, dimensions: 48, folds: 5, cachedTexts: 0 });
    expect(L2_CANDIDATES).toContain(classifier.l2);
    expect(classifier.candidates).toHaveLength(L2_CANDIDATES.length);
    // The requests' usage, shared among their texts, adds up to what the server counted for TRAIN.
    const trainTokens = trainTexts.reduce((sum, text) => sum + tokensOf(text), 0);
    expect(classifier.promptTokens).toBe(trainTokens);
    expect(classifier.cost).toBeCloseTo(trainTokens / 1e6, 12);

    const outputs = await outputsOf(id);
    expect(outputs).toHaveLength(testRows.length);
    const samples = await prisma.sample.findMany({ where: { datasetId: env.datasetId, split: "TEST" } });
    const expectedOf = new Map(samples.map((sample) => [sample.id, sample.expected]));
    for (const output of outputs) {
      expect(output.errorKind).toBeNull();
      expect(output.valid).toBe(true);
      expect(env.labels).toContain(output.parsedLabel);
      expect(output.rawText).toBe(output.parsedLabel);
      expect(output.correct).toBe(output.parsedLabel === expectedOf.get(output.sampleId));
      // The most probable of the labels: at least 1/k.
      expect(output.confidence).toBeGreaterThanOrEqual(1 / env.labels.length);
      expect(output.confidence).toBeLessThanOrEqual(1);
      expect(output.cached).toBe(false);
      expect(output.completionTokens).toBe(0);
    }
    const testTokens = testRows.reduce((sum, [input]) => sum + tokensOf(input), 0);
    expect(outputs.reduce((sum, output) => sum + (output.promptTokens ?? 0), 0)).toBe(testTokens);
    expect(outputs.reduce((sum, output) => sum + (output.cost ?? 0), 0)).toBeCloseTo(testTokens / 1e6, 12);

    // On the leaderboard as a run of its own, with the same metrics as any other (every answer valid).
    const board = await getClassificationLeaderboard(prisma, { id: env.datasetId, labels: env.labels });
    const row = board.find((candidate) => candidate.runId === id);
    expect(row).toMatchObject({ method: EMBEDDING_CLASSIFIER, answerMode: EMBEDDING_CLASSIFIER, answered: 50 });
    expect(row?.validRate.estimate).toBe(1);
    const correct = outputs.filter((output) => output.correct).length;
    expect(row?.accuracy.estimate).toBeCloseTo(correct / outputs.length, 12);
    // Its calibration was stored from the confidences, as for a run that asked for log-probabilities.
    expect(await prisma.runCalibration.count({ where: { runId: id } })).toBe(1);

    // A second run of the same endpoint on the same dataset: every embedding from the cache, the same answers.
    const requests = env.server.embeddings.requests();
    const second = await env.create();
    await waitForStatus(second.id, "COMPLETED");
    expect(env.server.embeddings.requests()).toBe(requests);
    const again = await outputsOf(second.id);
    expect(again.map((output) => output.parsedLabel)).toEqual(outputs.map((output) => output.parsedLabel));
    expect(again.every((output) => output.cached && output.cost === 0 && output.attempts === 0)).toBe(true);
    const secondFit = await prisma.runClassifier.findUniqueOrThrow({ where: { runId: second.id } });
    expect(secondFit).toMatchObject({ cachedTexts: TRAIN, cost: 0, l2: classifier.l2, model: classifier.model });

    // The comparison page names both sides as what they are.
    const sides = await findComparedSides(prisma, id, second.id);
    expect(sides.a.endpoint.name).toMatch(/^test-model-\w+ \+ logistic regression$/);
    expect((await listRuns(prisma, { datasetId: env.datasetId })).map((listed) => listed.method)).toEqual([
      EMBEDDING_CLASSIFIER,
      EMBEDDING_CLASSIFIER,
    ]);
  });

  it("survives a workers restart mid-fit: TRAIN embeddings received before it are not asked for again", async () => {
    const env = await setUp();
    env.server.embeddings.hold(1);
    const { id } = await env.create();
    // The first TRAIN request answered and cached, the second held by the server when the workers die.
    await expect.poll(() => env.server.embeddings.requests(), { timeout: 60_000, interval: 100 }).toBe(2);
    const [answered, held] = env.server.embeddings.batches as [string[], string[]];
    const keys = answered.map((text) => buildEmbeddingCacheKey({ baseUrl: env.server.url, model: "hash-embed" }, text));
    await expect
      .poll(() => prisma.responseCache.count({ where: { key: { in: keys } } }), { timeout: 30_000, interval: 100 })
      .toBe(answered.length);
    await env.stopWorkers();
    expect(await prisma.runClassifier.count({ where: { runId: id } })).toBe(0);
    env.server.embeddings.release();
    await startWorkers(env.queues.prefix, env.queues.redisUrl);
    await waitForStatus(id, "COMPLETED");

    const asked = new Map<string, number>();
    for (const text of env.server.embeddings.texts) asked.set(text, (asked.get(text) ?? 0) + 1);
    // Paid once: the answered request's texts; twice: only the texts that were in flight at the kill.
    for (const text of answered) expect(asked.get(text)).toBe(1);
    for (const text of held) expect(asked.get(text)).toBe(2);
    expect(await prisma.runClassifier.count({ where: { runId: id } })).toBe(1);
    const outputs = await outputsOf(id);
    expect(outputs).toHaveLength(env.rows.length - TRAIN);
    expect(new Set(outputs.map((output) => output.sampleId)).size).toBe(outputs.length);
    expect(outputs.every((output) => output.valid && output.confidence !== null)).toBe(true);
  });

  it("fails the run with the endpoint's reason when it refuses the key, with no output", async () => {
    const env = await setUp("fail-401");
    const { id } = await env.create();
    await waitForStatus(id, "FAILED");
    const run = await runOf(id);
    expect(run.errorMessage).toMatch(/Embedding TRAIN failed: .*401|Incorrect API key/);
    expect(await prisma.output.count({ where: { runId: id } })).toBe(0);
    expect(await prisma.runClassifier.count({ where: { runId: id } })).toBe(0);
  });

  it("refuses an open-QA dataset and a TRAIN split too small to cross-validate, naming why", async () => {
    const queues = isolatedRunQueue();
    cleanups.push(() => queues.close());
    const { datasetId } = await seedMedicalDataset(prisma, { trainCount: 6 });
    const endpointId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1" });
    await expect(createClassifierRun(prisma, queues.queue, { datasetId, endpointId })).rejects.toMatchObject({
      status: 422,
      code: "not_enough_train_samples",
    });
    await prisma.dataset.update({ where: { id: datasetId }, data: { task: "OPEN_QA" } });
    await expect(createClassifierRun(prisma, queues.queue, { datasetId, endpointId })).rejects.toMatchObject({
      status: 422,
      code: "not_classification",
    });
    expect(await prisma.run.count({ where: { datasetId } })).toBe(0);
  });
});
