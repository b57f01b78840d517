import type { TJobDeps } from "@/lib/jobs/deps";
import type { TItemOutcome } from "@/lib/jobs/kind";
import { modelCallOutcome, type TModelCallRow } from "@/lib/jobs/model-call-row";
import { buildJudgeMessages } from "./judge-prompt";
import type { TJudgingContext } from "./judging-context";
import { parseJudgement } from "./parse-judgement";
import { JUDGE_MAX_TOKENS, JUDGE_SEED, JUDGE_TEMPERATURE } from "./schemas";
import type { TPendingTarget } from "./targets";

/** A grade (`score` null when the reply had none: `parseStatus` says why), or the error of the judge call. */
export type TJudgementRow = TModelCallRow<"judgingId"> & {
  score?: number | null;
  parseStatus?: string | null;
  rationale?: string | null;
};

/**
 * Grades one answer through lib/llm (the judge endpoint's limiter, retries, response cache). The answering model is
 * never called: the answer was read from the run's outputs (or the dataset's references).
 */
export async function judgeAnswer(
  deps: TJobDeps,
  context: TJudgingContext,
  target: TPendingTarget,
): Promise<TItemOutcome<TJudgementRow>> {
  const result = await deps.callModel({
    endpoint: context.endpoint,
    messages: buildJudgeMessages(context.job.rubric, target),
    temperature: JUDGE_TEMPERATURE,
    maxTokens: JUDGE_MAX_TOKENS,
    seed: JUDGE_SEED,
  });
  return modelCallOutcome(result, (fields, content) => {
    const row = { judgingId: context.job.id, sampleId: target.id, ...fields };
    if (content === null) return row;
    const parsed = parseJudgement(content, target.answer);
    return { ...row, score: parsed.score, parseStatus: parsed.status, rationale: parsed.rationale };
  });
}
