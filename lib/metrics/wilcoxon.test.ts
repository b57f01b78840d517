import { describe, expect, it } from "vitest";
import { wilcoxonSignedRank } from "./wilcoxon";

// Hollander & Wolfe (1973), p. 29 (the example in R's ?wilcox.test): Hamilton depression scale before (x) and after (y).
const X = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const Y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

// Paired judge grades with zeros and ties.
const A = [7, 8, 6, 9, 5, 7, 8, 6, 7, 9, 4, 8, 7, 6, 8];
const B = [6, 8, 5, 7, 5, 6, 6, 6, 8, 7, 5, 6, 6, 5, 7];

describe("wilcoxonSignedRank", () => {
  it("gives R's exact result for Hollander & Wolfe: V = 40, two-sided p = 0.0390625", () => {
    const result = wilcoxonSignedRank(X, Y);
    expect(result).toMatchObject({ wPlus: 40, wMinus: 5, method: "exact", z: null });
    expect(result.pValue).toBeCloseTo(0.0390625, 12);
    expect(wilcoxonSignedRank(Y, X).pValue).toBeCloseTo(0.0390625, 12);
  });

  it("matches scipy's exact p-values for larger untied samples", () => {
    const d = [
      0.5, -1.5, 2.5, 3.5, 4.5, -5.5, 6.5, 7.5, 8.5, 9.5, 10.5, -11.5, 12.5, 13.5, 14.5, 15.5, 16.5, -17.5, 18.5, 19.5,
    ];
    expect(
      wilcoxonSignedRank(
        d,
        d.map(() => 0),
      ).pValue,
    ).toBeCloseTo(0.01068878173828125, 12);
    const e = Array.from({ length: 30 }, (_, i) => ((i + 1) % 7 === 0 ? -(i + 1) : i + 1));
    expect(
      wilcoxonSignedRank(
        e,
        e.map(() => 0),
      ).pValue / 0.00046010687947273254,
    ).toBeCloseTo(1, 9);
  });

  it("uses the normal approximation with tie and continuity correction when there are ties and zeros", () => {
    // scipy.stats.wilcoxon(A, B, zero_method="wilcox", correction=True, method="asymptotic") → p = 0.016276057164915484
    const result = wilcoxonSignedRank(A, B);
    expect(result.method).toBe("normal");
    expect(result.zeros).toBe(3);
    expect(result.wPlus).toBe(69);
    expect(result.wMinus).toBe(9);
    expect(result.pValue).toBeCloseTo(0.016276057164915484, 12);
    expect(Math.abs(result.z!)).toBeCloseTo(2.4026657390073365, 10);
    expect(wilcoxonSignedRank(A, B, { correction: false }).pValue).toBeCloseTo(0.014550049247421981, 12);
  });

  it("supports Pratt's treatment of zeros (scipy zero_method='pratt')", () => {
    expect(wilcoxonSignedRank(A, B, { zeroMethod: "pratt" }).pValue).toBeCloseTo(0.01563836296890854, 12);
    expect(wilcoxonSignedRank(A, B, { zeroMethod: "pratt", correction: false }).pValue).toBeCloseTo(
      0.014430228279950408,
      12,
    );
  });

  it("can force the normal approximation, and refuses an exact test that does not apply", () => {
    expect(wilcoxonSignedRank(X, Y, { method: "normal" }).method).toBe("normal");
    expect(() => wilcoxonSignedRank(A, B, { method: "exact" })).toThrow(RangeError);
  });

  it("gives p = 1 when every pair is equal, and rejects unequal lengths", () => {
    expect(wilcoxonSignedRank([3, 4], [3, 4])).toMatchObject({ pValue: 1, zeros: 2, wPlus: 0, wMinus: 0 });
    expect(() => wilcoxonSignedRank([1], [1, 2])).toThrow(RangeError);
  });

  it("gives the smallest exact p when all differences share a sign", () => {
    const up = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(
      wilcoxonSignedRank(
        up,
        up.map(() => 0),
      ).pValue,
    ).toBeCloseTo(2 / 1024, 15);
  });
});
