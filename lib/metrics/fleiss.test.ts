import { describe, expect, it } from "vitest";
import { cohenKappa } from "./kappa";
import { fleissKappa } from "./fleiss";

describe("fleissKappa", () => {
  it("matches Fleiss (1971)'s worked example as reproduced on Wikipedia: 10 subjects, 14 raters, κ = 0.210", () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.20993, 4);
  });

  it("is 1 for perfect agreement over two categories and null when one category takes every rating", () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
        [3, 0],
      ]),
    ).toBe(1);
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]),
    ).toBeNull();
  });

  it("with two raters, agrees with Fleiss' own relation to Scott's pi, close to Cohen's kappa on balanced margins", () => {
    const a = [0, 0, 1, 1, 0, 1, 0, 1];
    const b = [0, 1, 1, 1, 0, 0, 0, 1];
    const table = a.map((x, i) => [Number(x === 0) + Number(b[i] === 0), Number(x === 1) + Number(b[i] === 1)]);
    // Equal margins (4/4 each): Scott's pi equals Cohen's kappa.
    expect(fleissKappa(table)).toBeCloseTo(cohenKappa(a, b) as number, 10);
  });

  it("refuses rows with different numbers of ratings", () => {
    expect(() =>
      fleissKappa([
        [2, 0],
        [1, 0],
      ]),
    ).toThrow(RangeError);
  });
});
