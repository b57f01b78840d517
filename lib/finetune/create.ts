import { ApiError } from "@/lib/api/errors";
import type { TPrisma } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { checkBaseUrl, type TNetPolicy } from "@/lib/net";
import { buildDatasetExport } from "./export";
import { findDefaultRunSettings } from "./run-settings";
import type { TCreateFineTuneInput } from "./schemas";

/**
 * Creates a QUEUED fine-tune and asks the workers to start it. Refused before anything is written: an unknown
 * dataset or provider, a provider URL the SSRF guard refuses, a split the provider would reject (too few rows, rows
 * over the token limit: counts and limits in the message), or an estimate that is not the one confirmed.
 */
export async function createFineTune(
  db: TPrisma,
  queue: TJobEnqueuer & { prefix: string },
  input: TCreateFineTuneInput,
  netPolicy?: TNetPolicy,
): Promise<{ id: string }> {
  const provider = await db.modelEndpoint.findUnique({
    where: { id: input.providerEndpointId },
    select: { id: true, baseUrl: true },
  });
  if (!provider) {
    throw new ApiError(404, "endpoint_not_found", `Model endpoint ${input.providerEndpointId} does not exist.`);
  }
  const check = await checkBaseUrl(provider.baseUrl, netPolicy);
  if (!check.ok) throw new ApiError(422, "provider_refused", `The provider's base URL is refused: ${check.message}`);
  const { plan } = await buildDatasetExport(input.datasetId, {
    split: input.split,
    validationShare: input.validationShare,
    seed: input.seed,
    trainingPricePerM: input.trainingPricePerM,
  });
  const { summary } = plan;
  if (summary.refusals.length > 0) {
    throw new ApiError(422, "export_refused", summary.refusals.join(" "), { refusals: summary.refusals });
  }
  if (summary.training.tokens !== input.confirmedTrainingTokens) {
    throw new ApiError(
      409,
      "estimate_changed",
      `The export now has ${summary.training.tokens} training tokens, not the ${input.confirmedTrainingTokens} confirmed: review the estimate again.`,
    );
  }
  const runSettings = input.runs ?? (await findDefaultRunSettings(db, input.datasetId, provider.id));
  const fineTune = await db.fineTune.create({
    data: {
      datasetId: input.datasetId,
      providerEndpointId: provider.id,
      split: input.split,
      validationShare: input.validationShare,
      seed: input.seed,
      nEpochs: input.nEpochs ?? null,
      learningRateMultiplier: input.learningRateMultiplier ?? null,
      batchSize: input.batchSize ?? null,
      suffix: input.suffix ?? null,
      trainingPricePerM: input.trainingPricePerM ?? null,
      inputPricePerM: input.inputPricePerM ?? null,
      outputPricePerM: input.outputPricePerM ?? null,
      trainingRows: summary.training.rows,
      validationRows: summary.validation.rows,
      trainingTokens: summary.training.tokens,
      estimatedCost: summary.costPerEpoch === null ? null : summary.costPerEpoch * (input.nEpochs ?? 1),
      runSettings,
      queuePrefix: queue.prefix,
    },
    select: { id: true },
  });
  await queue.enqueueDispatch(fineTune.id).catch((error: unknown) => {
    console.warn(`[finetune] ${fineTune.id} stays QUEUED until the reconciler dispatches it: ${String(error)}`);
  });
  return fineTune;
}
