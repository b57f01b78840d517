import { formatUsd } from "@/components/ui/format";
import { DEFAULT_RUBRIC } from "@/lib/judging/rubric";
import { JUDGE_MAX_TOKENS } from "@/lib/judging/schemas";
import { computeCost } from "@/lib/metrics/cost";
import { estimateTokensFromChars } from "@/lib/runs/estimate";

export type TEstimateLine = { label: string; calls: number; cost: number | null };

/**
 * The judge's budget: every graded answer is one call whose prompt holds the rubric, the question and the answer
 * (the reference answers' average length stands in for answers not written yet), and whose reply may use the whole
 * completion budget. An upper-bound figure, like the run estimate for open QA.
 */
export function estimateJudgeCost(input: {
  judgements: number;
  avgQuestionChars: number;
  avgAnswerChars: number;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
}): { promptTokens: number; completionTokens: number; cost: number | null } {
  const promptChars = DEFAULT_RUBRIC.length + input.avgQuestionChars + input.avgAnswerChars;
  const promptTokens = estimateTokensFromChars(promptChars) * input.judgements;
  const completionTokens = JUDGE_MAX_TOKENS * input.judgements;
  const cost = computeCost(
    { promptTokens, completionTokens },
    { inputPerMillion: input.inputPricePerM, outputPerMillion: input.outputPricePerM },
  ).total;
  return { promptTokens, completionTokens, cost };
}

/** The lines printed before anything is spent; an unpriced line makes the total a lower bound, and says so. */
export function formatSpendEstimate(lines: readonly TEstimateLine[]): string[] {
  if (lines.length === 0) return [];
  const width = Math.max(...lines.map((line) => line.label.length));
  const known = lines.reduce((sum, line) => sum + (line.cost ?? 0), 0);
  const unpriced = lines.filter((line) => line.cost === null).length;
  const total =
    unpriced === 0
      ? `total     ${formatUsd(known)} at most`
      : `total     ${formatUsd(known)} at most, plus ${unpriced} line(s) without a price`;
  return [
    "OpenAI experiment: estimated cost (list prices, upper bound: every answer may use its whole token budget)",
    ...lines.map(
      (line) => `  ${line.label.padEnd(width)}  ${String(line.calls).padStart(5)} calls  ${formatUsd(line.cost)}`,
    ),
    total,
  ];
}
