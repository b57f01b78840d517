import type { TPrisma } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { createFineTune } from "@/lib/finetune/create";
import { buildDatasetExport } from "@/lib/finetune/export";
import type { TSeedSummary } from "./seed-demo";

/** The demo fine-tune: the built-in provider's logistic regression, trained on the abstracts' TRAIN split. */
export const DEMO_FINE_TUNE = {
  dataset: "abstracts",
  provider: "Naive Bayes (trained on TRAIN)",
  suffix: "logreg",
  validationShare: 0.1,
  seed: 1,
  nEpochs: 12,
} as const;

export type TEnsuredFineTune = { id: string; created: boolean } | null;

/**
 * Queues the demo's fine-tune unless one exists. It is not trained here: the workers started with the app run it
 * through the fine-tuning API of the app's own built-in provider (upload, train, poll), register the fine-tuned
 * endpoint and queue its run, so the demo shows the whole loop live, with no API key, and the seed stays fast.
 */
export async function ensureDemoFineTune(
  db: TPrisma,
  queue: TJobEnqueuer,
  summary: TSeedSummary,
): Promise<TEnsuredFineTune> {
  const dataset = summary.datasets.find((candidate) => candidate.key === DEMO_FINE_TUNE.dataset);
  const provider = summary.endpoints.find((endpoint) => endpoint.name === DEMO_FINE_TUNE.provider);
  if (!dataset || !provider) return null;
  const existing = await db.fineTune.findFirst({
    where: { datasetId: dataset.id, providerEndpointId: provider.id, suffix: DEMO_FINE_TUNE.suffix },
    select: { id: true },
  });
  if (existing) return { id: existing.id, created: false };
  const settings = {
    split: "TRAIN" as const,
    validationShare: DEMO_FINE_TUNE.validationShare,
    seed: DEMO_FINE_TUNE.seed,
  };
  const { plan } = await buildDatasetExport(dataset.id, settings, db);
  const created = await createFineTune(db, queue, {
    datasetId: dataset.id,
    providerEndpointId: provider.id,
    ...settings,
    nEpochs: DEMO_FINE_TUNE.nEpochs,
    suffix: DEMO_FINE_TUNE.suffix,
    trainingPricePerM: 0,
    confirmedTrainingTokens: plan.summary.training.tokens,
  });
  return { id: created.id, created: true };
}
