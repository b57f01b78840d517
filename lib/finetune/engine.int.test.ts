import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createProducer } from "@/lib/queue/producer";
import { DEFAULT_CLASSIFICATION_TEMPLATE } from "@/lib/runs/prompt";
import { createModelRouter } from "@/test/llm-server/model-router";
import { startLlmServer } from "@/test/llm-server/server";
import {
  isolatedRunQueue,
  medicalAbstracts,
  seedEndpoint,
  seedMedicalDataset,
  startWorkersWithCleanup,
} from "@/test/runs-harness";
import { createFineTune } from "./create";
import { buildDatasetExport } from "./export";
import { toChatExample, toJsonlLine } from "./export-builder";
import { fineTuneJobs } from "./kind";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

const startWorkers = (prefix: string, redisUrl: string) => startWorkersWithCleanup(cleanups, prefix, redisUrl);

/** A provider (the test LLM server's fine-tuning API, base model `baseModel`), a dataset, its queues and workers. */
async function setUp(baseModel: string) {
  const server = await startLlmServer({
    handler: createModelRouter({ oracle: { table: medicalAbstracts.table, labels: medicalAbstracts.labels } }),
    fineTuning: { pollsToFinish: 3, fineTunedModel: () => "oracle-90" },
  });
  cleanups.push(() => server.close());
  const { datasetId, labels } = await seedMedicalDataset(prisma, { trainCount: 40 });
  const providerId = await seedEndpoint(prisma, { baseUrl: server.url, model: baseModel, apiKey: "sk-provider-1234" });
  const queues = isolatedRunQueue();
  cleanups.push(() => queues.close());
  const fineTuneQueue = fineTuneJobs.createQueue(createProducer({ prefix: queues.prefix, redis: queues.redis }));
  const stopWorkers = await startWorkers(queues.prefix, queues.redisUrl);
  const settings = { split: "TRAIN" as const, validationShare: 0.25, seed: 3 };
  const { plan } = await buildDatasetExport(datasetId, settings);
  const create = () =>
    createFineTune(prisma, fineTuneQueue, {
      datasetId,
      providerEndpointId: providerId,
      ...settings,
      nEpochs: 2,
      suffix: "medical",
      confirmedTrainingTokens: plan.summary.training.tokens,
    });
  return { server, datasetId, labels, providerId, queues, create, stopWorkers };
}

const fineTuneOf = (id: string) => prisma.fineTune.findUniqueOrThrow({ where: { id } });
const waitForStatus = (id: string, expected: string) =>
  expect.poll(async () => (await fineTuneOf(id)).status, { timeout: 60_000, interval: 200 }).toBe(expected);

describe("fine-tune jobs (real Postgres, Redis, workers process, the test LLM server's fine-tuning API)", () => {
  it("uploads the export, follows the job, records its losses, registers the endpoint and runs it", async () => {
    const env = await setUp("ft-ok");
    const { id } = await env.create();
    await waitForStatus(id, "COMPLETED");
    const fineTune = await fineTuneOf(id);

    // The uploaded training file is the TRAIN split minus the validation share, in the runs' prompt, built here again.
    const samples = await prisma.sample.findMany({
      where: { datasetId: env.datasetId, split: "TRAIN" },
      orderBy: { index: "asc" },
    });
    const read = (fileId: string | null) =>
      (env.server.fineTuning.files.get(fileId ?? "")?.content ?? "").trimEnd().split("\n");
    const training = read(fineTune.trainingFileId);
    const validation = read(fineTune.validationFileId);
    expect(training).toHaveLength(40 - Math.round(40 * 0.25));
    expect(validation).toHaveLength(Math.round(40 * 0.25));
    const expected = samples.map((row) =>
      toJsonlLine(toChatExample(DEFAULT_CLASSIFICATION_TEMPLATE, env.labels, row)).trimEnd(),
    );
    expect(new Set([...training, ...validation])).toEqual(new Set(expected));

    const providerJob = env.server.fineTuning.jobs.get(fineTune.providerJobId ?? "");
    expect(providerJob?.hyperparameters).toEqual({ n_epochs: 2 });
    const events = await prisma.fineTuneEvent.findMany({
      where: { fineTuneId: id, trainLoss: { not: null } },
      orderBy: { step: "asc" },
    });
    expect(events.map((event) => [event.step, event.trainLoss])).toEqual([
      [1, 1],
      [2, 0.5],
      [3, 1 / 3],
    ]);

    const provider = await prisma.modelEndpoint.findUniqueOrThrow({ where: { id: env.providerId } });
    const endpoint = await prisma.modelEndpoint.findUniqueOrThrow({ where: { id: fineTune.resultEndpointId ?? "" } });
    expect(endpoint).toMatchObject({
      model: "oracle-90",
      baseUrl: provider.baseUrl,
      apiKeyCiphertext: provider.apiKeyCiphertext,
      tags: ["fine-tuned"],
      inputPricePerM: provider.inputPricePerM,
    });
    expect(fineTune.runIds).toHaveLength(1);
    await expect
      .poll(async () => (await prisma.run.findUniqueOrThrow({ where: { id: fineTune.runIds[0]! } })).status, {
        timeout: 60_000,
        interval: 200,
      })
      .toBe("COMPLETED");
    const run = await prisma.run.findUniqueOrThrow({ where: { id: fineTune.runIds[0]! } });
    expect(run).toMatchObject({ endpointId: endpoint.id, split: "TEST", shots: 0, total: 160 });
  });

  it("stops with the provider's message when it rejects the job, and registers nothing", async () => {
    const env = await setUp("ft-reject");
    const { id } = await env.create();
    await waitForStatus(id, "FAILED");
    const fineTune = await fineTuneOf(id);
    expect(fineTune.errorMessage).toContain("n_epochs must be at most 3 for this model.");
    expect(fineTune.resultEndpointId).toBeNull();
    expect(env.server.fineTuning.jobs.size).toBe(0);
  });

  it("shows the reason of a job that fails at the provider, and registers nothing", async () => {
    const env = await setUp("ft-fail");
    const { id } = await env.create();
    await waitForStatus(id, "FAILED");
    const fineTune = await fineTuneOf(id);
    expect(fineTune.errorMessage).toContain("Training file has examples with no assistant turn.");
    expect(fineTune.resultEndpointId).toBeNull();
    expect(fineTune.providerStatus).toBe("failed");
  });

  it("cancels the provider's job when the fine-tune is cancelled", async () => {
    const env = await setUp("ft-hold");
    const { id } = await env.create();
    await expect
      .poll(async () => (await fineTuneOf(id)).providerStatus, { timeout: 60_000, interval: 200 })
      .toBe("running");
    await fineTuneJobs.cancel(prisma, id);
    const providerJobId = (await fineTuneOf(id)).providerJobId ?? "";
    await expect
      .poll(() => env.server.fineTuning.jobs.get(providerJobId)?.status, { timeout: 30_000, interval: 200 })
      .toBe("cancelled");
    const fineTune = await fineTuneOf(id);
    expect(fineTune.status).toBe("CANCELLED");
    expect(fineTune.resultEndpointId).toBeNull();
  });

  it("survives a workers restart mid-job and 429s while polling: one upload, one provider job, then the endpoint", async () => {
    const env = await setUp("ft-hold");
    const { id } = await env.create();
    await expect
      .poll(async () => (await fineTuneOf(id)).providerStatus, { timeout: 60_000, interval: 200 })
      .toBe("running");
    await env.stopWorkers();
    const providerJobId = (await fineTuneOf(id)).providerJobId ?? "";
    env.server.fineTuning.throttle(2);
    env.server.fineTuning.finish(providerJobId);
    await startWorkers(env.queues.prefix, env.queues.redisUrl);
    await waitForStatus(id, "COMPLETED");
    const fineTune = await fineTuneOf(id);
    expect(env.server.fineTuning.jobs.size).toBe(1);
    expect(env.server.fineTuning.files.size).toBe(2);
    expect(fineTune.providerJobId).toBe(providerJobId);
    expect(fineTune.resultEndpointId).not.toBeNull();
    expect(fineTune.lastHeardAt).not.toBeNull();
    // Both 429s were answered (and retried) before the job was seen to succeed.
    expect(env.server.fineTuning.pendingThrottles()).toBe(0);
  });
});
