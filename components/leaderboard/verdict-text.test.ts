import { describe, expect, it } from "vitest";
import { describeAccuracyVerdict, describeGradeVerdict } from "./verdict-text";

const base = { b: 6, c: 3, pValue: 0.51, notSignificantlyWorse: true, shared: 100 };

describe("verdict text", () => {
  it("names the smallest detectable gap in points next to a non-significant verdict", () => {
    expect(describeAccuracyVerdict({ ...base, detectableDifference: 0.07123 })).toBe(
      "Not significantly different; this test set can only detect ≥ 7.1 points",
    );
    expect(describeAccuracyVerdict({ ...base, detectableDifference: null })).toContain(
      "9 disagreements on 100 shared samples are too few",
    );
  });

  it("says significantly worse with the p-value, and sizes judge-note gaps in notes", () => {
    expect(
      describeAccuracyVerdict({ ...base, pValue: 0.004, notSignificantlyWorse: false, detectableDifference: 0.05 }),
    ).toMatch(/^Significantly worse than the best \(McNemar p = 0\.004\)/);
    const grade = { pairs: 40, meanDifference: 0.2, pValue: 0.4, method: "normal" as const };
    expect(describeGradeVerdict({ ...grade, notSignificantlyWorse: true, detectableDifference: 0.812 })).toBe(
      "Not significantly different; these samples can only detect a mean-note gap ≥ 0.81",
    );
  });
});
