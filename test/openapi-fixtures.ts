// The records the contract test's calls read and change: a classification run with outputs and judgings, runs and
// judgings in the states the controls accept, spare records to delete, an open-QA dataset to judge.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { seedFineTuneFixtures } from "@/test/finetune-openapi-fixtures";
import { seedQaDataset } from "@/test/judging-fixtures";
import { seedJudging, seedRunWithOutputs } from "@/test/outputs-seed";
import { seedPairwiseFixtures } from "@/test/openapi-pairwise-fixtures";
import { seedReviewQueues } from "@/test/openapi-review-fixtures";

export type TFixtures = Awaited<ReturnType<typeof seedFixtures>>;

export async function seedFixtures() {
  const seed = await seedRunWithOutputs(["cardiology", "!maybe", "neoplasms", "error"]);
  const judgingId = await seedJudging(seed, [7, null, 3, 5]);
  const runningJudgingId = await seedJudging(seed, [4, 6, 8, 2]);
  await prisma.judging.update({ where: { id: runningJudgingId }, data: { status: "RUNNING" } });
  const {
    id: _id,
    createdAt: _c,
    startedAt: _s,
    finishedAt: _f,
    ...runData
  } = await prisma.run.findUniqueOrThrow({ where: { id: seed.runId } });
  const running = await prisma.run.create({ data: { ...runData, status: "RUNNING" } });
  const second = await prisma.run.create({ data: { ...runData, status: "COMPLETED" } });
  await prisma.output.createMany({
    data: seed.samples.map((sample, index) => ({
      runId: second.id,
      sampleId: sample.id,
      rawText: "neoplasms",
      parsedLabel: "neoplasms",
      valid: true,
      correct: seed.expected[index] === "neoplasms",
      attempts: 1,
    })),
  });
  const spare = await seedRunWithOutputs([]);
  await prisma.run.delete({ where: { id: spare.runId } });
  const spareEndpoint = await prisma.modelEndpoint.create({
    data: { name: `contract-${randomUUID()}`, baseUrl: "https://api.example.com/v1", model: "m" },
  });
  const qa = await seedQaDataset(prisma, [
    { question: "What is angina?", answer: "Chest pain from reduced blood flow." },
  ]);
  const pairwise = await seedPairwiseFixtures(prisma);
  return {
    seed,
    pairwise,
    judgingId,
    runningJudgingId,
    runningRunId: running.id,
    secondRunId: second.id,
    spareDatasetId: spare.datasetId,
    spareEndpointId: spareEndpoint.id,
    qaDatasetId: qa.datasetId,
    finetune: await seedFineTuneFixtures(),
    review: await seedReviewQueues(seed.runId, judgingId),
  };
}
