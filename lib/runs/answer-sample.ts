import { readClassAnswer } from "@/lib/answer-modes/read-answer";
import { findModeGuard } from "@/lib/answer-modes/mode-guard";
import { findModeRejection } from "@/lib/answer-modes/rejection";
import type { TJobDeps } from "@/lib/jobs/deps";
import type { TItemOutcome } from "@/lib/jobs/kind";
import { modelCallOutcome, type TModelCallRow } from "@/lib/jobs/model-call-row";
import { buildMessages, renderPrompt } from "./prompt";
import type { TPendingSample } from "./pending";
import type { TRunContext } from "./run-context";
import { pickShotsFor } from "./shots";

/** An answer (classification: parsed and scored against the expected label) or the error of the call. */
export type TOutputRow = TModelCallRow<"runId"> & {
  parsedLabel?: string | null;
  valid?: boolean | null;
  correct?: boolean | null;
  /** Probability of the answer from the reply's log-probabilities (lib/answer-modes); null without them. */
  confidence?: number | null;
};

/** Asks the run's model about one sample and turns the reply into its output row (classification: parsed, scored). */
export async function answerSample(
  deps: TJobDeps,
  context: TRunContext,
  sample: TPendingSample,
): Promise<TItemOutcome<TOutputRow>> {
  const run = context.job;
  const guard = findModeGuard(run.id, run.generation);
  if (guard.signal.aborted) return { stop: String(guard.signal.reason) };
  const call = deps.callModel({
    endpoint: context.endpoint,
    messages: buildMessages(
      renderPrompt(run.promptTemplate, {
        input: sample.input,
        labels: context.labels,
        shots: pickShotsFor(context.shots, context.shotCount, sample.input),
      }),
    ),
    temperature: run.temperature,
    maxTokens: run.maxTokens,
    seed: run.seed,
    answerFormat: context.answerFormat,
    signal: guard.signal,
  });
  const result = await call.catch((error: unknown) => {
    if (guard.signal.aborted) return null;
    throw error;
  });
  if (!result) return { stop: String(guard.signal.reason) };
  if (!result.ok) {
    const rejection = findModeRejection(run.answerMode, context.answerFormat?.logprobs ?? false, result.error);
    if (rejection) {
      guard.abort(rejection);
      return { stop: rejection };
    }
  }
  const logprobs = result.ok ? (result.logprobs ?? null) : null;
  return modelCallOutcome(result, (fields, content) => {
    const row = { runId: run.id, sampleId: sample.id, ...fields };
    if (content === null || run.task !== "CLASSIFICATION") return row;
    const answer = readClassAnswer(run.answerMode, content, logprobs, context.labels);
    return {
      ...row,
      parsedLabel: answer.label,
      valid: answer.valid,
      correct: answer.valid && answer.label === (context.relabelled.get(sample.id) ?? sample.expected),
      confidence: answer.confidence,
    };
  });
}
