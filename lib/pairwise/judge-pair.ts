import type { TJobDeps } from "@/lib/jobs/deps";
import type { TItemOutcome } from "@/lib/jobs/kind";
import { modelCallOutcome, type TModelCallRow } from "@/lib/jobs/model-call-row";
import { JUDGE_MAX_TOKENS, JUDGE_SEED, JUDGE_TEMPERATURE } from "@/lib/judging/schemas";
import type { TPairwiseContext } from "./context";
import type { TPairwiseItem } from "./items";
import { parsePairwiseVerdict } from "./parse-verdict";
import { buildPairwiseMessages } from "./prompt";

/** One judge call's row: the verdict as shown (null when the reply had none: `parseStatus` says why) or the error. */
export type TPairwiseVerdictRow = TModelCallRow<"pairwiseJudgingId"> & {
  pairIndex: number;
  judgeIndex: number;
  swapped: boolean;
  verdict?: string | null;
  parseStatus?: string | null;
  rationale?: string | null;
};

/**
 * Judges one pair on one sample in one order through lib/llm (the judge's limiter, retries and response cache: a
 * resumed judging never pays twice). The answers come from the runs' stored outputs: no answering model is called.
 */
export async function judgePair(
  deps: TJobDeps,
  context: TPairwiseContext,
  item: TPairwiseItem,
): Promise<TItemOutcome<TPairwiseVerdictRow>> {
  const endpoint = context.judges[item.judgeIndex];
  if (!endpoint) return { stop: `Judge ${item.judgeIndex + 1} of the jury is missing.` };
  const result = await deps.callModel({
    endpoint,
    messages: buildPairwiseMessages(context.job.rubric, item),
    temperature: JUDGE_TEMPERATURE,
    maxTokens: JUDGE_MAX_TOKENS,
    seed: JUDGE_SEED,
  });
  return modelCallOutcome(result, (fields, content) => {
    const { pairIndex, judgeIndex, swapped, sampleId } = item;
    const row = { pairwiseJudgingId: context.job.id, sampleId, pairIndex, judgeIndex, swapped, ...fields };
    if (content === null) return row;
    const parsed = parsePairwiseVerdict(content);
    return { ...row, verdict: parsed.verdict, parseStatus: parsed.status, rationale: parsed.rationale };
  });
}
