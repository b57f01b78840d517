import { describe, expect, it } from "vitest";
import { describeTarget, formatMeanScore, formatScoreInterval } from "./format";

describe("judging formatting", () => {
  it("shows a mean on the 10-point scale with its interval, and dashes when there is none", () => {
    const interval = { estimate: 7.254, low: 6.81, high: 7.693 };
    expect(formatMeanScore(interval)).toBe("7.25 /10");
    expect(formatScoreInterval(interval)).toBe("95% CI 6.81–7.69");
    expect(formatMeanScore({ estimate: null, low: null, high: null })).toBe("—");
    expect(formatScoreInterval({ estimate: 8, low: null, high: null })).toBe("too few grades for an interval");
    expect(describeTarget("dataset", "dataset")).toBe("dataset (reference answers)");
  });
});
