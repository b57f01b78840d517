import { scoreLabelAnswer, type TLabelAnswer, type TLabelScoringMethod } from "@/lib/answer-modes/label-calls";
import type { TTokenLogprob } from "@/lib/answer-modes/logprobs";
import { readClassAnswer } from "@/lib/answer-modes/read-answer";
import type { TModelCall, TModelResult } from "@/lib/jobs/model-call";
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
  /** LOGPROBS runs: how the label was scored (lib/answer-modes/label-calls.ts). */
  labelScoring?: TLabelScoringMethod | null;
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
  const request: TModelCall = {
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
  };
  const call = deps.callModel(request);
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
  const scored =
    result.ok && logprobs && run.answerMode === "LOGPROBS" && run.task === "CLASSIFICATION"
      ? await scoreWithCalls(deps, context, request, result, logprobs)
      : null;
  return modelCallOutcome(scored?.result ?? result, (fields, content) => {
    const row = { runId: run.id, sampleId: sample.id, ...fields };
    if (content === null || run.task !== "CLASSIFICATION") return row;
    const answer = scored?.answer ?? readClassAnswer(run.answerMode, content, logprobs, context.labels);
    return {
      ...row,
      parsedLabel: answer.label,
      valid: answer.valid,
      correct: answer.valid && answer.label === (context.relabelled.get(sample.id) ?? sample.expected),
      confidence: answer.confidence,
      labelScoring: scored?.answer.method ?? null,
    };
  });
}

const add = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));

// Runs (id and generation) whose endpoint refused a scoring call (a permanent error, e.g. a 400 on guided_choice):
// this process splits their shared mass evenly from then on instead of paying one refusal per sample.
const refusedScoring = new Set<string>();

/**
 * LOGPROBS: label scoring from the reply, with one scoring call per label where the reply could not tell labels
 * sharing a first token apart (lib/answer-modes/label-calls.ts). The scoring calls go through the same path as the
 * answer (limiter, retries, cache) and their tokens and cost are added to the row's; a failed one leaves the even
 * split.
 */
async function scoreWithCalls(
  deps: TJobDeps,
  context: TRunContext,
  request: TModelCall,
  result: Extract<TModelResult, { ok: true }>,
  logprobs: TTokenLogprob[],
): Promise<{ answer: TLabelAnswer; result: TModelResult }> {
  const labelCallFormat = context.labelCallFormat;
  const key = `${context.job.id}:${context.job.generation}`;
  let total = result;
  const scoreLabel =
    labelCallFormat && !refusedScoring.has(key)
      ? async (label: string) => {
          const scoring = await deps
            .callModel({ ...request, answerFormat: labelCallFormat(label) })
            .catch((error: unknown) => {
              // The run is stopping (its mode was refused): leave the even split.
              if (request.signal?.aborted) return null;
              throw error;
            });
          if (!scoring) return { logprobs: null };
          if (!scoring.ok) {
            if (scoring.error.permanent) refusedScoring.add(key);
            return { logprobs: null };
          }
          total = {
            ...total,
            attempts: total.attempts + scoring.attempts,
            promptTokens: add(total.promptTokens, scoring.promptTokens),
            completionTokens: add(total.completionTokens, scoring.completionTokens),
            cost: add(total.cost, scoring.cost),
          };
          return { logprobs: scoring.logprobs ?? null };
        }
      : null;
  const answer = await scoreLabelAnswer(logprobs, context.labels, scoreLabel);
  return { answer, result: total };
}
