import { describe, expect, it } from "vitest";
import {
  buildCompareHref,
  computeSharedAccuracy,
  describeAnswer,
  describeScoreVerdict,
  describeVerdict,
  formatSignedInterval,
} from "./compare-format";

const agreement = (bothRight: number, onlyA: number, onlyB: number, bothWrong: number, pValue: number) => ({
  shared: bothRight + onlyA + onlyB + bothWrong,
  bothRight,
  onlyA,
  onlyB,
  bothWrong,
  pValue,
  midPValue: pValue,
});

const answer = { rawText: "b", label: "b", valid: true, correct: false, errorKind: null };

describe("describeAnswer", () => {
  it("shows the label of a valid answer, the raw text of an invalid one and the kind of an error", () => {
    expect(describeAnswer(answer)).toEqual({ text: "b", tone: "wrong" });
    expect(describeAnswer({ ...answer, correct: true })).toEqual({ text: "b", tone: "correct" });
    expect(describeAnswer({ ...answer, label: null, valid: false, rawText: " Cardiology " })).toEqual({
      text: "Cardiology",
      tone: "invalid",
    });
    expect(describeAnswer({ ...answer, valid: null, errorKind: "timeout" })).toEqual({
      text: "Error: Timed out",
      tone: "error",
    });
  });
});

describe("describeVerdict", () => {
  const names = { a: "Big", b: "Small" };

  it("names the better run and says whether the difference is significant", () => {
    expect(describeVerdict(agreement(50, 10, 0, 5, 0.002), names)).toBe(
      "Big is significantly more accurate than Small: 15.4 percentage points on the shared samples (p = 0.002).",
    );
    expect(describeVerdict(agreement(50, 1, 3, 6, 0.625), names)).toBe(
      "Small is ahead of Big by 3.3 percentage points, but the difference is not significant (p = 0.625).",
    );
  });

  it("handles no discordant pair, a tie and no shared sample", () => {
    expect(describeVerdict(agreement(5, 0, 0, 5, 1), names)).toMatch(/exactly the same samples/);
    expect(describeVerdict(agreement(5, 2, 2, 1, 1), names)).toMatch(/as many samples/);
    expect(describeVerdict(agreement(0, 0, 0, 0, 1), names)).toMatch(/no answered sample in common/);
    expect(computeSharedAccuracy(agreement(0, 0, 0, 0, 1))).toEqual({ a: null, b: null });
  });
});

describe("buildCompareHref", () => {
  it("leaves the default side out and keeps the cursor", () => {
    expect(buildCompareHref({ a: "x", b: "y" })).toBe("/compare?a=x&b=y");
    expect(buildCompareHref({ a: "x", b: "y", side: "onlyB", cursor: 12 })).toBe(
      "/compare?a=x&b=y&side=onlyB&cursor=12",
    );
  });
});

describe("describeScoreVerdict", () => {
  const names = { a: "Big", b: "Small" };
  const scores = (estimate: number, pValue: number, aBetter = 5, bBetter = 2) => ({
    judgedBoth: 10,
    pairs: 10,
    meanA: 7,
    meanB: 7 - estimate,
    difference: { n: 10, estimate, low: estimate - 1, high: estimate + 1 },
    pValue,
    pMethod: "normal" as const,
    aBetter,
    ties: 10 - aBetter - bBetter,
    bBetter,
    errored: 0,
    unparseable: 0,
    oneSided: 0,
  });

  it("names the higher-scoring side and says whether the difference is significant", () => {
    expect(describeScoreVerdict(scores(1.5, 0.01), names)).toBe(
      "Significantly higher scores for Big than for Small: 1.50 points on average on the shared samples (p = 0.010).",
    );
    expect(describeScoreVerdict(scores(-0.25, 0.4, 2, 5), names)).toBe(
      "Higher scores for Small than for Big by 0.25 points on average, but the difference is not significant (p = 0.400).",
    );
  });

  it("handles no scored pair and identical scores", () => {
    expect(describeScoreVerdict({ ...scores(0, 1), pairs: 0 }, names)).toMatch(/No sample has a judge score/);
    expect(describeScoreVerdict(scores(0, 1, 0, 0), names)).toMatch(/same score on every scored sample/);
  });
});

describe("formatSignedInterval", () => {
  it("signs both bounds and says when there is no interval", () => {
    expect(formatSignedInterval(-0.5, 1.25)).toBe("[-0.50, +1.25]");
    expect(formatSignedInterval(null, 1)).toBe("no interval");
  });
});

describe("buildCompareHref with a judge", () => {
  it("keeps the judge and an open-QA cursor", () => {
    expect(buildCompareHref({ a: "x", b: "dataset", judge: "j", cursor: "6-0" })).toBe(
      "/compare?a=x&b=dataset&judge=j&cursor=6-0",
    );
  });
});
