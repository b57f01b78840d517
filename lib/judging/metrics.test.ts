import { describe, expect, it } from "vitest";
import { summariseJudgeScores } from "@/lib/metrics";
import { buildBatchInsert } from "@/lib/db/batch-insert";
import { judgingKind } from "./kind";
import { computeJudgingMetrics } from "./metrics";
import { isSelfJudged } from "./self-preference";

describe("computeJudgingMetrics", () => {
  it("agrees with summariseJudgeScores on the same grades (SQL summary vs rows)", () => {
    const scores = [7, 8, 8, 3, 10, null, 6, null];
    const parsed = scores.filter((score): score is number => score !== null);
    const mean = parsed.reduce((a, b) => a + b, 0) / parsed.length;
    const sd = Math.sqrt(parsed.reduce((sum, s) => sum + (s - mean) ** 2, 0) / (parsed.length - 1));
    const metrics = computeJudgingMetrics({
      done: 9,
      errors: 1,
      judged: 8,
      parsed: parsed.length,
      mean,
      sd,
      histogram: [3, 6, 7, 8, 10].map((score) => ({ score, count: parsed.filter((s) => s === score).length })),
    });
    const reference = summariseJudgeScores(scores);
    expect(metrics.mean.estimate).toBeCloseTo(reference.mean.estimate!, 12);
    expect(metrics.mean.low).toBeCloseTo(reference.mean.low!, 12);
    expect(metrics.histogram).toEqual(reference.histogram);
    expect(metrics.parseFailures).toBe(2);
    expect(metrics.errors).toBe(1);
    expect(metrics.parseFailureRate).toEqual(reference.parseFailureRate);
  });

  it("has no mean (null, not 0) when nothing was parsed", () => {
    const metrics = computeJudgingMetrics({
      done: 2,
      errors: 0,
      judged: 2,
      parsed: 0,
      mean: null,
      sd: null,
      histogram: [],
    });
    expect(metrics.mean).toEqual({ estimate: null, low: null, high: null });
    expect(metrics.histogram).toHaveLength(10);
  });
});

describe("isSelfJudged", () => {
  it("flags the same endpoint or the same model name", () => {
    expect(isSelfJudged({ id: "a", model: "gpt-4o" }, { id: "a", model: "x" })).toBe(true);
    expect(isSelfJudged({ id: "a", model: "GPT-4o " }, { id: "b", model: "gpt-4o" })).toBe(true);
    expect(isSelfJudged({ id: "a", model: "gpt-4o" }, { id: "b", model: "llama-3" })).toBe(false);
    expect(isSelfJudged({ id: "a", model: "gpt-4o" }, null)).toBe(false);
  });
});

describe("the judgement rows' batch insert", () => {
  it("writes every row once per (judging, sample), numbering parameters across rows", () => {
    const insert = buildBatchInsert(judgingKind.insert, [
      { judgingId: "j", sampleId: 1, attempts: 1, latencyMs: 5, score: 7, parseStatus: "ok" },
      { judgingId: "j", sampleId: 2, attempts: 6, latencyMs: 9, errorKind: "server" },
    ]);
    expect(insert.text).toContain('ON CONFLICT ("judgingId", "sampleId") DO NOTHING');
    expect(insert.text).toContain("$28)");
    expect(insert.values).toHaveLength(28);
    expect(insert.values.slice(14, 17)).toEqual(["j", 2, null]);
  });
});
