import type { TPrisma } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { createRuns } from "@/lib/runs/create";
import { ZFineTuneRunSettings } from "./schemas";

export const FINE_TUNED_TAG = "fine-tuned";

/**
 * Closes the loop once the provider's job succeeded: the fine-tuned model becomes an endpoint (the provider's base
 * URL and encrypted key, copied as ciphertext; the fine-tuned model id; its prices) tagged `fine-tuned`, written in
 * the same transaction as the fine-tune's link to it, then the runs chosen at creation are queued. Each step is
 * skipped when already done, so a re-delivered item registers nothing twice.
 */
export async function registerFineTunedModel(
  db: TPrisma,
  runQueue: TJobEnqueuer,
  fineTuneId: string,
  fineTunedModel: string,
): Promise<{ endpointId: string; runIds: string[] }> {
  const fineTune = await db.fineTune.findUniqueOrThrow({ where: { id: fineTuneId } });
  const endpointId = fineTune.resultEndpointId ?? (await createEndpoint(db, fineTuneId, fineTunedModel));
  if (fineTune.runIds.length > 0) return { endpointId, runIds: fineTune.runIds };
  const settings = ZFineTuneRunSettings.array().parse(fineTune.runSettings);
  const runIds: string[] = [];
  for (const run of settings) {
    const created = await createRuns(db, runQueue, {
      ...run,
      datasetId: fineTune.datasetId,
      endpointIds: [endpointId],
    });
    runIds.push(...created.ids);
  }
  await db.fineTune.update({ where: { id: fineTuneId }, data: { runIds } });
  return { endpointId, runIds };
}

async function createEndpoint(db: TPrisma, fineTuneId: string, fineTunedModel: string): Promise<string> {
  return db.$transaction(async (tx) => {
    const fineTune = await tx.fineTune.findUniqueOrThrow({ where: { id: fineTuneId } });
    if (fineTune.resultEndpointId) return fineTune.resultEndpointId;
    const provider = await tx.modelEndpoint.findUniqueOrThrow({ where: { id: fineTune.providerEndpointId } });
    const label = fineTune.suffix ?? fineTuneId.slice(-8);
    const endpoint = await tx.modelEndpoint.create({
      data: {
        name: `Fine-tuned ${label} · ${provider.name}`.slice(0, 100),
        baseUrl: provider.baseUrl,
        model: fineTunedModel,
        apiKeyCiphertext: provider.apiKeyCiphertext,
        apiKeyLast4: provider.apiKeyLast4,
        headersCiphertext: provider.headersCiphertext,
        inputPricePerM: fineTune.inputPricePerM ?? provider.inputPricePerM,
        outputPricePerM: fineTune.outputPricePerM ?? provider.outputPricePerM,
        maxConcurrency: provider.maxConcurrency,
        requestsPerMinute: provider.requestsPerMinute,
        timeoutMs: provider.timeoutMs,
        tags: [FINE_TUNED_TAG],
      },
      select: { id: true },
    });
    await tx.fineTune.update({ where: { id: fineTuneId }, data: { resultEndpointId: endpoint.id, fineTunedModel } });
    return endpoint.id;
  });
}
