import { createClassAnswerParser } from "@/lib/classification/parse-answer";
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
};

// One parser per label set: building it normalises every label, which is not worth doing per sample.
const parsers = new WeakMap<string[], ReturnType<typeof createClassAnswerParser>>();

/** Asks the run's model about one sample and turns the reply into its output row (classification: parsed, scored). */
export async function answerSample(
  deps: TJobDeps,
  context: TRunContext,
  sample: TPendingSample,
): Promise<TItemOutcome<TOutputRow>> {
  const run = context.job;
  const result = await deps.callModel({
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
  });
  return modelCallOutcome(result, (fields, content) => {
    const row = { runId: run.id, sampleId: sample.id, ...fields };
    if (content === null || run.task !== "CLASSIFICATION") return row;
    let parse = parsers.get(context.labels);
    if (!parse) parsers.set(context.labels, (parse = createClassAnswerParser(context.labels)));
    const parsed = parse(content);
    return {
      ...row,
      parsedLabel: parsed.label,
      valid: parsed.valid,
      correct: parsed.valid && parsed.label === (context.relabelled.get(sample.id) ?? sample.expected),
    };
  });
}
