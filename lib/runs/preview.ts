import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { checkRunSettings } from "./create";
import {
  estimateAveragePromptChars,
  estimateCompletionTokensPerSample,
  estimateRunCost,
  type TEndpointEstimate,
  type TRunEstimate,
} from "./estimate";
import { renderPrompt } from "./prompt";
import { drawShots } from "./sample-set";
import { pickShotsFor } from "./shots";
import { DEFAULT_MAX_TOKENS, ZRunSettings } from "./schemas";

/**
 * POST /api/runs/preview takes the body of POST /api/runs, except that no endpoint is needed yet: the form shows the
 * rendered prompt before the analyst has picked models.
 */
export const ZPreviewRunsInput = ZRunSettings.extend({
  endpointIds: z.array(z.uuid()).max(20).optional(),
  endpointId: z.uuid().optional(),
});

export type TPreviewRunsInput = z.infer<typeof ZPreviewRunsInput>;

export type TRunPreview = {
  prompt: string;
  sample: { index: number; input: string; expected: string };
  task: "CLASSIFICATION" | "OPEN_QA";
  /** Samples the run would evaluate. */
  samples: number;
  maxTokens: number;
  /** The completion budget assumed per sample: max tokens for open QA, about a label's length for classification. */
  completionTokensPerSample: number;
  perEndpoint: TEndpointEstimate[];
  total: TRunEstimate["total"];
};

/** The prompt of the first sample of the split, rendered as the run would send it, and the run's cost estimate. */
export async function previewRuns(db: TDb, input: TPreviewRunsInput): Promise<TRunPreview> {
  const { dataset, template, sampleSet, versionId } = await checkRunSettings(db, input);
  const endpointIds = [...new Set(input.endpointIds ?? (input.endpointId ? [input.endpointId] : []))];
  const [sample, candidates, endpoints] = await Promise.all([
    db.sample.findFirst({
      // The first sample the run would send: the latest version's exclusions are not sent.
      where: {
        datasetId: dataset.id,
        split: input.split,
        ...(versionId ? { NOT: { overrides: { some: { versionId, excluded: true } } } } : {}),
      },
      orderBy: { index: "asc" },
      select: { index: true, input: true, expected: true },
    }),
    drawShots(db, { datasetId: dataset.id, shots: input.shots, seed: input.seed, versionId }),
    db.modelEndpoint.findMany({
      where: { id: { in: endpointIds } },
      select: { id: true, name: true, inputPricePerM: true, outputPricePerM: true },
    }),
  ]);
  const missing = endpointIds.filter((id) => !endpoints.some((endpoint) => endpoint.id === id));
  if (missing.length > 0)
    throw new ApiError(404, "endpoint_not_found", `Model endpoint ${missing.join(", ")} does not exist.`);
  // checkRunSettings refused an empty split, so the split has a first sample.
  if (!sample) throw new ApiError(422, "empty_split", `The ${input.split} split of this dataset has no samples.`);

  const shots = pickShotsFor(candidates, input.shots, sample.input);
  const prompt = renderPrompt(template, { input: sample.input, labels: dataset.labels, shots });
  const maxTokens = input.maxTokens ?? DEFAULT_MAX_TOKENS[dataset.task];
  const ordered = endpointIds.flatMap((id) => endpoints.filter((endpoint) => endpoint.id === id));
  const estimate = estimateRunCost({
    task: dataset.task,
    samples: sampleSet.total,
    promptChars: estimateAveragePromptChars({
      renderedChars: prompt.length,
      sampleInputChars: sample.input.length,
      averageInputChars: sampleSet.avgInputChars,
    }),
    maxTokens,
    labels: dataset.labels,
    endpoints: ordered,
  });
  return {
    prompt,
    sample,
    task: dataset.task,
    samples: sampleSet.total,
    maxTokens,
    completionTokensPerSample: estimateCompletionTokensPerSample(dataset.task, maxTokens, dataset.labels),
    ...estimate,
  };
}
