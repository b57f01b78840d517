import { describe, expect, it } from "vitest";
import { computeShareAxis, prepareGradeBars } from "./grade-histogram-data";

describe("prepareGradeBars", () => {
  it("prepares ten bars, zero-filled, with shares of the parsed grades", () => {
    const bars = prepareGradeBars([
      { score: 2, count: 1 },
      { score: 9, count: 3 },
    ]);
    expect(bars.map((bar) => bar.count)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 3, 0]);
    expect(bars[8]).toEqual({ score: 9, count: 3, share: 0.75 });
    expect(bars[0]).toEqual({ score: 1, count: 0, share: 0 });
  });

  it("leaves gaps, not zeros, when nothing was graded", () => {
    expect(prepareGradeBars([]).every((bar) => bar.share === null)).toBe(true);
  });
});

describe("computeShareAxis", () => {
  it("rounds the largest share up to 10% and ticks at 0, half and the top", () => {
    expect(
      computeShareAxis(
        prepareGradeBars([
          { score: 8, count: 3 },
          { score: 9, count: 7 },
        ]),
      ),
    ).toEqual({
      yMax: 0.7,
      yTicks: [0, 0.35, 0.7],
    });
    expect(computeShareAxis([]).yMax).toBe(1);
  });
});
