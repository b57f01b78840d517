import { describe, expect, it } from "vitest";
import { describeSignTest, heatColour, pairTitle } from "./format";

describe("pairwise formatting", () => {
  it("names a pair first contestant first", () => {
    expect(pairTitle([{ label: "small" }, { label: "big" }], { first: 1, second: 0 })).toBe("big vs small");
  });

  it("says whether the sign test found a difference, and who wins", () => {
    const names = { first: "small", second: "big" };
    expect(describeSignTest(names, { wins: 3, losses: 4, pValue: 1, significant: false })).toBe(
      "Not significantly different (exact sign test, p = 1.000).",
    );
    expect(describeSignTest(names, { wins: 2, losses: 20, pValue: 0.0001, significant: true })).toContain("big wins");
    expect(describeSignTest(names, { wins: 0, losses: 0, pValue: 1, significant: false })).toContain("No decisive");
  });

  it("colours ½ white and the extremes with the strongest tints", () => {
    expect(heatColour(0.5)).toBe("rgb(255 255 255)");
    expect(heatColour(1)).not.toBe(heatColour(0));
    expect(heatColour(null)).toBe("rgb(248 250 252)");
  });
});
