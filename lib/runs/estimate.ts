import { computeCost } from "@/lib/metrics/cost";

/**
 * Cost estimate shown before a run starts. Pure: the preview route feeds it the measured numbers. Tokens are guessed
 * from characters (about 4 per token for English with the common BPE tokenizers); it is a budget figure, not a bill.
 */

export const CHARS_PER_TOKEN = 4;
/** A label answer usually comes back with a little extra: a newline, a period, an end-of-turn token. */
export const LABEL_ANSWER_SLACK_TOKENS = 2;

export type TPricedEndpoint = {
  id: string;
  name: string;
  /** USD per million prompt tokens; null when the endpoint has no price. */
  inputPricePerM: number | null;
  outputPricePerM: number | null;
};

export type TEstimateInput = {
  task: "CLASSIFICATION" | "OPEN_QA";
  /** Samples the run would evaluate. */
  samples: number;
  /** Characters of one rendered prompt, averaged over those samples. */
  promptChars: number;
  maxTokens: number;
  labels: readonly string[];
  endpoints: readonly TPricedEndpoint[];
};

export type TEndpointEstimate = {
  endpointId: string;
  name: string;
  promptTokens: number;
  completionTokens: number;
  /** USD; null (unknown) when the endpoint has no price, never 0 for "we don't know". */
  cost: number | null;
};

export type TRunEstimate = {
  perEndpoint: TEndpointEstimate[];
  total: {
    promptTokens: number;
    completionTokens: number;
    /** Sum over all endpoints; null as soon as one of them has no price. */
    cost: number | null;
    /** Sum over the endpoints that have a price (what is known when `cost` is null). */
    knownCost: number;
    /** Names of the endpoints without a price. */
    unpriced: string[];
  };
};

export function estimateTokensFromChars(chars: number): number {
  return Math.ceil(Math.max(0, chars) / CHARS_PER_TOKEN);
}

/**
 * Completion tokens per sample: open QA may use the whole budget (an upper bound); a classifier answers with a label,
 * so the longest label plus a little slack, but never more than the run's max tokens.
 */
export function estimateCompletionTokensPerSample(
  task: TEstimateInput["task"],
  maxTokens: number,
  labels: readonly string[],
): number {
  if (task === "OPEN_QA") return maxTokens;
  const longest = labels.reduce((max, label) => Math.max(max, label.length), 0);
  return Math.min(maxTokens, estimateTokensFromChars(longest) + LABEL_ANSWER_SLACK_TOKENS);
}

/**
 * Average prompt length over the run's samples: the preview renders one sample, so swap its input length for the
 * average input length of the evaluated samples (labels, examples and instructions are the same for every sample).
 */
export function estimateAveragePromptChars(values: {
  renderedChars: number;
  sampleInputChars: number;
  averageInputChars: number;
}): number {
  return Math.max(0, values.renderedChars - values.sampleInputChars + values.averageInputChars);
}

export function estimateRunCost(input: TEstimateInput): TRunEstimate {
  const promptTokens = estimateTokensFromChars(input.promptChars * input.samples);
  const completionTokens = estimateCompletionTokensPerSample(input.task, input.maxTokens, input.labels) * input.samples;
  const perEndpoint = input.endpoints.map((endpoint) => ({
    endpointId: endpoint.id,
    name: endpoint.name,
    promptTokens,
    completionTokens,
    cost: computeCost(
      { promptTokens, completionTokens },
      { inputPerMillion: endpoint.inputPricePerM, outputPerMillion: endpoint.outputPricePerM },
    ).total,
  }));
  const unpriced = perEndpoint.filter((estimate) => estimate.cost === null).map((estimate) => estimate.name);
  const knownCost = perEndpoint.reduce((sum, estimate) => sum + (estimate.cost ?? 0), 0);
  return {
    perEndpoint,
    total: {
      promptTokens: promptTokens * perEndpoint.length,
      completionTokens: completionTokens * perEndpoint.length,
      cost: unpriced.length > 0 ? null : knownCost,
      knownCost,
      unpriced,
    },
  };
}
