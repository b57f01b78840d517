// The contract test's fine-tuning records: a dataset with enough TRAIN rows, a provider, a queued fine-tune, and the
// built-in provider's uploaded training file and a queued job (never started, so cancelling it is deterministic).
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { createFineTune } from "@/lib/finetune/create";
import { buildDatasetExport, toExportDownload } from "@/lib/finetune/export";
import { getFineTuneQueue } from "@/lib/finetune/web-queue";
import { seedEndpoint, seedMedicalDataset } from "@/test/runs-harness";

export async function seedFineTuneFixtures() {
  const { datasetId } = await seedMedicalDataset(prisma, { trainCount: 20 });
  const providerEndpointId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1" });
  const { dataset, plan } = await buildDatasetExport(datasetId, { split: "TRAIN", validationShare: 0, seed: 1 });
  const createInput = { datasetId, providerEndpointId, confirmedTrainingTokens: plan.summary.training.tokens };
  const fineTune = await createFineTune(prisma, getFineTuneQueue(), {
    ...createInput,
    split: "TRAIN",
    validationShare: 0,
    seed: 1,
  });
  const trainingJsonl = await toExportDownload(plan, "training", dataset.name).text();
  const file = await prisma.localFineTuneFile.create({
    data: {
      id: `file-${randomUUID()}`,
      purpose: "fine-tune",
      filename: "train.jsonl",
      bytes: Buffer.byteLength(trainingJsonl),
      content: trainingJsonl,
    },
  });
  const baseModel = `naive-bayes:${datasetId}`;
  const job = await prisma.localFineTuneJob.create({
    data: {
      id: `ftjob-${randomUUID()}`,
      baseModel,
      trainingFileId: file.id,
      nEpochs: 1,
      batchSize: 4,
      learningRateMultiplier: 1,
      status: "queued",
    },
  });
  return { datasetId, createInput, fineTuneId: fineTune.id, trainingJsonl, fileId: file.id, baseModel, jobId: job.id };
}
