import { describe, expect, it } from "vitest";
import { wilson } from "@/lib/metrics";
import { prepareAccuracyBars } from "./accuracy-bars";
import { prepareAnswerMix } from "./answer-mix";
import { prepareLatencyBars } from "./latency-bars";
import { labelRuns } from "./run-labels";
import { makeRow } from "@/test/leaderboard-rows";

describe("labelRuns", () => {
  it("keeps unique names, adds shots to repeated ones, numbers true duplicates and marks partial runs", () => {
    const labels = labelRuns([
      makeRow("1", { name: "gpt" }),
      makeRow("2", { name: "llama", shots: 0 }),
      makeRow("3", { name: "llama", shots: 3 }),
      makeRow("4", { name: "llama", shots: 3, partial: true }),
    ]);
    expect([...labels.values()]).toEqual([
      "gpt",
      "llama · zero-shot",
      "llama · 3-shot",
      "llama · 3-shot (#2) (partial)",
    ]);
  });
});

describe("prepareAccuracyBars", () => {
  it("sorts by accuracy, carries intervals as [low, high] and links to correct answers", () => {
    const bars = prepareAccuracyBars([
      makeRow("low", { answered: 10, valid: 8, correct: 4 }),
      makeRow("high", { answered: 10, valid: 10, correct: 9 }),
    ]);
    expect(bars.map((bar) => bar.runId)).toEqual(["high", "low"]);
    const low = bars[1]!;
    const accuracy = wilson(4, 10);
    const validAccuracy = wilson(4, 8);
    expect(low.accuracy).toBe(0.4);
    expect(low.accuracyRange).toEqual([accuracy.low, accuracy.high]);
    expect(low.validAccuracy).toBe(0.5);
    expect(low.validAccuracyRange).toEqual([validAccuracy.low, validAccuracy.high]);
    expect(low.href).toBe("/runs/low/outputs?view=correct");
  });

  it("leaves a run without answers as a gap (null), last, rather than a zero bar", () => {
    const bars = prepareAccuracyBars([makeRow("empty", { answered: 0 }), makeRow("some", { correct: 1 })]);
    expect(bars.map((bar) => bar.runId)).toEqual(["some", "empty"]);
    expect(bars[1]).toMatchObject({
      accuracy: null,
      accuracyRange: null,
      validAccuracy: null,
      validAccuracyRange: null,
    });
  });
});

describe("prepareAnswerMix", () => {
  it("splits outputs into correct, wrong label, invalid and error shares that sum to 1, each with its drill-down", () => {
    const [bar] = prepareAnswerMix([makeRow("r", { answered: 18, valid: 15, correct: 12, errors: 2 })]);
    expect(bar?.counts).toEqual({ correct: 12, wrong: 3, invalid: 3, error: 2 });
    expect(bar?.total).toBe(20);
    expect([bar?.correct, bar?.wrong, bar?.invalid, bar?.error]).toEqual([0.6, 0.15, 0.15, 0.1]);
    expect(bar?.hrefs).toEqual({
      correct: "/runs/r/outputs?view=correct",
      wrong: "/runs/r/outputs?view=mislabeled",
      invalid: "/runs/r/invalid",
      error: "/runs/r/outputs?view=errors",
    });
  });

  it("gives a run with no outputs null shares (a gap), not zeros", () => {
    const [bar] = prepareAnswerMix([makeRow("r", { answered: 0 })]);
    expect([bar?.correct, bar?.wrong, bar?.invalid, bar?.error]).toEqual([null, null, null, null]);
  });
});

describe("prepareLatencyBars", () => {
  it("orders runs by median, keeps untimed runs out of the chart and names them", () => {
    const rows = [makeRow("slow"), makeRow("fast"), makeRow("cached")];
    const chart = prepareLatencyBars(rows, [
      { runId: "slow", calls: 5, p50: 900, p90: 1200, p95: 1300, p99: 1500 },
      { runId: "fast", calls: 5, p50: 100, p90: 150, p95: 180, p99: 200 },
      { runId: "cached", calls: 0, p50: null, p90: null, p95: null, p99: null },
    ]);
    expect(chart.bars.map((bar) => bar.runId)).toEqual(["fast", "slow"]);
    expect(chart.bars[0]).toMatchObject({ p50: 100, p99: 200, href: "/runs/fast" });
    expect(chart.untimed).toEqual(["cached"]);
  });
});
