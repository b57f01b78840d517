import type { TDb } from "@/lib/db/prisma";
import type { TFineTuneRunSettings } from "./schemas";

/**
 * The runs a fine-tune queues by default: the settings of the base model's latest TEST run on this dataset, so the
 * fine-tuned model is measured exactly as its base was (the leaderboard then pairs them); zero-shot defaults when
 * the base model has no run there yet.
 */
export async function findDefaultRunSettings(
  db: TDb,
  datasetId: string,
  baseEndpointId: string,
): Promise<TFineTuneRunSettings[]> {
  const latest = await db.run.findFirst({
    where: { datasetId, endpointId: baseEndpointId, split: "TEST" },
    orderBy: { createdAt: "desc" },
    select: { promptTemplate: true, shots: true, temperature: true, maxTokens: true, seed: true, sampleLimit: true },
  });
  if (!latest) return [{ split: "TEST", shots: 0, temperature: 0, seed: 1 }];
  return [
    {
      split: "TEST",
      shots: latest.shots,
      temperature: latest.temperature,
      maxTokens: latest.maxTokens,
      seed: latest.seed,
      promptTemplate: latest.promptTemplate,
      ...(latest.sampleLimit === null ? {} : { limit: latest.sampleLimit }),
    },
  ];
}
