import { describe, expect, it } from "vitest";
import { compareWithBest, computeCostPer1k, findBestRunId } from "./rank";

const row = (runId: string, estimate: number | null, status = "COMPLETED", answered = 10) => ({
  runId,
  status,
  answered,
  accuracy: { estimate },
});

describe("findBestRunId", () => {
  it("picks the highest accuracy among completed runs, ignoring a better-looking running one", () => {
    expect(findBestRunId([row("a", 0.6), row("b", 0.8), row("c", 0.95, "RUNNING")])).toBe("b");
  });

  it("falls back to running runs when none has completed, and skips rows without answers", () => {
    expect(findBestRunId([row("a", 0.5, "RUNNING"), row("b", null, "COMPLETED", 0), row("c", 0.7, "RUNNING")])).toBe(
      "c",
    );
  });

  it("gives a tie to the earlier row and returns null with nothing scored", () => {
    expect(findBestRunId([row("a", 0.7), row("b", 0.7)])).toBe("a");
    expect(findBestRunId([row("a", null, "COMPLETED", 0)])).toBeNull();
  });
});

describe("compareWithBest", () => {
  it("flags a clear loss as significant: b = 10, c = 0 gives p = 2 / 2^10", () => {
    const result = compareWithBest({ b: 10, c: 0, shared: 50 });
    expect(result.pValue).toBeCloseTo(2 / 1024, 12);
    expect(result.notSignificantlyWorse).toBe(false);
  });

  it("keeps a small loss as not significant: b = 5, c = 2 gives p = 2 × 29/128", () => {
    // P(X <= 2) for Bin(7, 1/2) = (1 + 7 + 21) / 128.
    const result = compareWithBest({ b: 5, c: 2, shared: 100 });
    expect(result.pValue).toBeCloseTo((2 * 29) / 128, 12);
    expect(result.notSignificantlyWorse).toBe(true);
  });

  it("never calls a run that won the shared pairs significantly worse", () => {
    expect(compareWithBest({ b: 0, c: 12, shared: 40 }).notSignificantlyWorse).toBe(true);
    expect(compareWithBest({ b: 0, c: 0, shared: 30 })).toEqual({
      b: 0,
      c: 0,
      pValue: 1,
      notSignificantlyWorse: true,
      shared: 30,
      detectableDifference: null,
    });
  });

  it("reports the smallest difference the shared pairs could detect, from their observed discordance", () => {
    // 300 pairs, 30 discordant (10%): Connor's n = 300 is met at the δ where the formula gives 300 pairs.
    const { detectableDifference } = compareWithBest({ b: 20, c: 10, shared: 300 });
    const delta = detectableDifference as number;
    const needed = (1.959964 * Math.sqrt(0.1) + 0.8416212 * Math.sqrt(0.1 - delta * delta)) ** 2 / (delta * delta);
    expect(needed).toBeCloseTo(300, 3);
    expect(delta).toBeGreaterThan(0.05);
    expect(delta).toBeLessThan(0.06);
  });
});

describe("computeCostPer1k", () => {
  it("scales the total cost to 1,000 answered samples", () => {
    expect(computeCostPer1k({ cost: 0.05, pricedAnswers: 200, answered: 200 })).toBeCloseTo(0.25, 12);
  });

  it("is unknown, not zero, when any answer has no price or nothing was answered", () => {
    expect(computeCostPer1k({ cost: null, pricedAnswers: 0, answered: 50 })).toBeNull();
    expect(computeCostPer1k({ cost: 0.01, pricedAnswers: 49, answered: 50 })).toBeNull();
    expect(computeCostPer1k({ cost: null, pricedAnswers: 0, answered: 0 })).toBeNull();
  });
});
