import { toPgText } from "@/lib/db/pg-text";
import type { TJobDeps } from "@/lib/jobs/deps";
import type { TItemOutcome } from "@/lib/jobs/kind";
import { isRunStoppingError, type TEndpointForCall } from "@/lib/jobs/model-call";
import { createBatcher } from "@/lib/llm/batch";
import { EMBEDDING_BATCH, type TEmbedding } from "@/lib/llm/call-embeddings";
import type { TLlmError } from "@/lib/llm";
import type { TOutputRow } from "@/lib/runs/answer-sample";
import type { TPendingSample } from "@/lib/runs/pending";
import type { TClassifier } from "./model";

type TEmbedOne = { endpoint: TEndpointForCall; text: string };
type TEmbedOneResult =
  | { ok: true; embedding: TEmbedding; attempts: number; latencyMs: number }
  | { ok: false; error: TLlmError; attempts: number; latencyMs: number };

// One batcher per embeddings caller: the samples of a chunk, started in one event-loop turn, go as one request.
const batchers = new WeakMap<NonNullable<TJobDeps["embed"]>, (item: TEmbedOne) => Promise<TEmbedOneResult>>();

function embedderFor(embed: NonNullable<TJobDeps["embed"]>) {
  const found = batchers.get(embed);
  if (found) return found;
  const batcher = createBatcher(async (items: TEmbedOne[]): Promise<TEmbedOneResult[]> => {
    const byEndpoint = new Map<string, number[]>();
    items.forEach((item, index) => {
      const key = `${item.endpoint.id}\u0000${item.endpoint.model}`;
      byEndpoint.set(key, [...(byEndpoint.get(key) ?? []), index]);
    });
    const results: TEmbedOneResult[] = new Array(items.length);
    await Promise.all(
      [...byEndpoint.values()].map(async (indexes) => {
        const endpoint = items[indexes[0]!]!.endpoint;
        const result = await embed({ endpoint, texts: indexes.map((index) => items[index]!.text) });
        indexes.forEach((index, position) => {
          results[index] = result.ok
            ? {
                ok: true,
                embedding: result.embeddings[position]!,
                attempts: result.attempts,
                latencyMs: result.latencyMs,
              }
            : { ok: false, error: result.error, attempts: result.attempts, latencyMs: result.latencyMs };
        });
      }),
    );
    return results;
  }, EMBEDDING_BATCH);
  batchers.set(embed, batcher);
  return batcher;
}

export type TClassifierScoring = {
  runId: string;
  endpoint: TEndpointForCall;
  classifier: TClassifier;
  relabelled: ReadonlyMap<number, string>;
};

/**
 * One TEST sample of an embedding-classifier run: its embedding (cached, batched with the chunk's other samples),
 * then the classifier's most probable label. The answer is always one of TRAIN's labels, valid by construction, and
 * its probability is the output's confidence. A failed embedding is the sample's error row (or stops the run).
 */
export async function scoreSampleWithClassifier(
  deps: TJobDeps,
  scoring: TClassifierScoring,
  sample: TPendingSample,
): Promise<TItemOutcome<TOutputRow>> {
  if (!deps.embed) throw new Error("this workers process has no embeddings caller");
  const result = await embedderFor(deps.embed)({ endpoint: scoring.endpoint, text: sample.input });
  const base = {
    runId: scoring.runId,
    sampleId: sample.id,
    attempts: result.attempts,
    latencyMs: Math.round(result.latencyMs),
  };
  if (!result.ok) {
    const message = toPgText(result.error.message);
    if (isRunStoppingError(result.error)) return { stop: message };
    return { row: { ...base, errorKind: result.error.kind, errorMessage: message } };
  }
  const { embedding } = result;
  const prediction = scoring.classifier.predict(embedding.vector);
  const expected = scoring.relabelled.get(sample.id) ?? sample.expected;
  return {
    row: {
      ...base,
      attempts: embedding.cached ? 0 : result.attempts,
      rawText: prediction.label,
      parsedLabel: prediction.label,
      valid: true,
      correct: prediction.label === expected,
      confidence: prediction.probability,
      promptTokens: embedding.promptTokens,
      completionTokens: 0,
      cost: embedding.cost,
      cached: embedding.cached,
    },
  };
}
