import { describe, expect, it } from "vitest";
import { wilcoxonSignedRank } from "@/lib/metrics";
import { expandPairs, testScorePairs } from "./scores";

describe("expandPairs", () => {
  it("turns grouped (a, b, count) rows back into paired lists", () => {
    expect(
      expandPairs([
        { a: 7, b: 3, count: 2 },
        { a: 5, b: 5, count: 1 },
      ]),
    ).toEqual({ a: [7, 7, 5], b: [3, 3, 5] });
  });
});

describe("testScorePairs", () => {
  it("reports Wilcoxon on the pairs and a seeded bootstrap interval of the mean difference", () => {
    const a = Array.from({ length: 20 }, (_, i) => 6 + (i % 4));
    const b = Array.from({ length: 20 }, (_, i) => 3 + (i % 3));
    const result = testScorePairs({ a, b });
    expect(result.pValue).toBe(wilcoxonSignedRank(a, b).pValue);
    expect(result.pValue).toBeLessThan(0.05);
    expect(result.difference.estimate).toBeCloseTo(7.5 - 3.95, 12);
    expect(result.difference.low).toBeGreaterThan(0);
    expect(testScorePairs({ a, b })).toEqual(result);
  });

  it("finds no difference when the pairs are equal", () => {
    const same = [4, 6, 8, 5];
    expect(testScorePairs({ a: same, b: same }).pValue).toBe(1);
  });
});
