import { describe, expect, it } from "vitest";
import { DEFAULT_RUBRIC } from "@/lib/judging/rubric";
import { JUDGE_MAX_TOKENS } from "@/lib/judging/schemas";
import { estimateJudgeCost, formatSpendEstimate } from "./openai-estimate";

describe("estimateJudgeCost", () => {
  it("prices each judgement as rubric + question + answer in, the whole judge budget out", () => {
    const estimate = estimateJudgeCost({
      judgements: 400,
      avgQuestionChars: 60,
      avgAnswerChars: 940,
      inputPricePerM: 2.5,
      outputPricePerM: 10,
    });
    const promptPerCall = Math.ceil((DEFAULT_RUBRIC.length + 1000) / 4);
    expect(estimate.promptTokens).toBe(promptPerCall * 400);
    expect(estimate.completionTokens).toBe(JUDGE_MAX_TOKENS * 400);
    expect(estimate.cost).toBeCloseTo((promptPerCall * 400 * 2.5 + JUDGE_MAX_TOKENS * 400 * 10) / 1e6, 12);
  });

  it("is unknown, not free, without a price", () => {
    const estimate = estimateJudgeCost({
      judgements: 10,
      avgQuestionChars: 1,
      avgAnswerChars: 1,
      inputPricePerM: null,
      outputPricePerM: 10,
    });
    expect(estimate.cost).toBeNull();
  });
});

describe("formatSpendEstimate", () => {
  it("lists each line and a total that says when a price is missing", () => {
    const lines = formatSpendEstimate([
      { label: "gpt-4o-mini zero-shot on abstracts", calls: 400, cost: 0.0213 },
      { label: "llama (fine-tuned) on abstracts", calls: 400, cost: null },
    ]);
    expect(lines[1]).toBe("  gpt-4o-mini zero-shot on abstracts    400 calls  $0.0213");
    expect(lines[2]).toBe("  llama (fine-tuned) on abstracts       400 calls  unknown");
    expect(lines.at(-1)).toBe("total     $0.0213 at most, plus 1 line(s) without a price");
    expect(formatSpendEstimate([])).toEqual([]);
  });
});
