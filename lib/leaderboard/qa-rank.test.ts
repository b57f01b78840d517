import { describe, expect, it } from "vitest";
import { compareScoresWithBest, findBestJudgingIds } from "./qa-rank";

const row = (judgingId: string, groupKey: string, mean: number | null, status = "COMPLETED", graded = 10) => ({
  judgingId,
  groupKey,
  status,
  graded,
  mean: { estimate: mean },
});

describe("findBestJudgingIds", () => {
  it("picks the highest mean per judge group, so two judges each get their own best", () => {
    const best = findBestJudgingIds([
      row("a", "gpt-4o", 6.1),
      row("b", "gpt-4o", 7.4),
      row("c", "llama-judge", 8.9),
      row("d", "llama-judge", 5.0),
    ]);
    expect(Object.fromEntries(best)).toEqual({ "gpt-4o": "b", "llama-judge": "c" });
  });

  it("prefers completed judgings, falls back to running ones, skips ungraded rows and breaks ties by order", () => {
    expect(findBestJudgingIds([row("a", "g", 6), row("b", "g", 9.5, "RUNNING")]).get("g")).toBe("a");
    expect(findBestJudgingIds([row("a", "g", 6, "RUNNING"), row("b", "g", null, "COMPLETED", 0)]).get("g")).toBe("a");
    expect(findBestJudgingIds([row("a", "g", 7), row("b", "g", 7)]).get("g")).toBe("a");
    expect(findBestJudgingIds([row("a", "g", null, "COMPLETED", 0)]).size).toBe(0);
  });
});

describe("compareScoresWithBest", () => {
  it("flags a consistent loss as significant (exact test, 10 untied differences: p = 2 / 2^10)", () => {
    // Differences best - other are 1..10: untied, all positive.
    const best = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
    const other = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    const result = compareScoresWithBest(best, other);
    expect(result.method).toBe("exact");
    expect(result.pValue).toBeCloseTo(2 / 1024, 12);
    expect(result.notSignificantlyWorse).toBe(false);
    expect(result.meanDifference).toBeCloseTo(5.5, 12);
  });

  it("keeps a small, noisy difference as not significant", () => {
    const best = [8, 7, 9, 6, 8, 7];
    const other = [7, 8, 9, 6, 7, 7];
    const result = compareScoresWithBest(best, other);
    expect(result.pairs).toBe(6);
    expect(result.pValue).toBeGreaterThan(0.05);
    expect(result.notSignificantlyWorse).toBe(true);
  });

  it("never calls a row that graded higher on the pairs significantly worse, and has p = 1 without pairs", () => {
    const best = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
    const other = [9, 9, 9, 9, 9, 9, 9, 9, 9, 9];
    const result = compareScoresWithBest(best, other);
    expect(result.pValue).toBeLessThan(0.01);
    expect(result.notSignificantlyWorse).toBe(true);
    expect(compareScoresWithBest([], [])).toEqual({
      pairs: 0,
      meanDifference: null,
      pValue: 1,
      method: "normal",
      notSignificantlyWorse: true,
      detectableDifference: null,
    });
  });

  it("reports the gap the pairs could detect from the SD of their differences (paired t widened by √(π/3))", () => {
    // Differences 1..10: SD = √(55/6) = 3.0277; t(0.975, 9) = 2.262157, t(0.8, 9) = 0.883404 (published tables).
    const best = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
    const other = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    const expected = (((2.262157 + 0.883404) * Math.sqrt(55 / 6)) / Math.sqrt(10)) * Math.sqrt(Math.PI / 3);
    expect(compareScoresWithBest(best, other).detectableDifference).toBeCloseTo(expected, 4);
  });
});
