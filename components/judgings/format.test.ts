import { describe, expect, it } from "vitest";
import { describeTarget, formatMeanScore, formatScoreInterval } from "./format";
import { prepareScoreHistogram } from "./histogram-data";

describe("judging formatting", () => {
  it("shows a mean on the 10-point scale with its interval, and dashes when there is none", () => {
    const interval = { estimate: 7.254, low: 6.81, high: 7.693 };
    expect(formatMeanScore(interval)).toBe("7.25 /10");
    expect(formatScoreInterval(interval)).toBe("95% CI 6.81–7.69");
    expect(formatMeanScore({ estimate: null, low: null, high: null })).toBe("—");
    expect(formatScoreInterval({ estimate: 8, low: null, high: null })).toBe("too few grades for an interval");
    expect(describeTarget("dataset", "dataset")).toBe("dataset (reference answers)");
  });

  it("prepares ten bars, zero-filled, with shares of parsed grades", () => {
    const { bars, parsed } = prepareScoreHistogram([
      { score: 2, count: 1 },
      { score: 9, count: 3 },
    ]);
    expect(parsed).toBe(4);
    expect(bars.map((bar) => bar.count)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 3, 0]);
    expect(bars[8]).toEqual({ score: "9", count: 3, share: "75%" });
    expect(prepareScoreHistogram([]).bars[0]!.share).toBe("—");
  });
});
