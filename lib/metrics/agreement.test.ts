import { describe, expect, it } from "vitest";
import { computeJudgeAgreement, mapScoreToScale } from "./agreement";
import { pearson, spearman } from "./correlation";
import { cohenKappa, quadraticWeightedKappa } from "./kappa";
import { averageRanks } from "./ranks";

describe("averageRanks", () => {
  it("averages ranks of ties like R's rank()", () => {
    expect(averageRanks([10, 20, 20, 30, 40, 40, 40])).toEqual([1, 2.5, 2.5, 4, 6, 6, 6]);
  });
});

describe("spearman", () => {
  it("matches scipy.stats.spearmanr with ties", () => {
    expect(spearman([1, 2, 2, 3, 4, 4, 4, 5], [2, 1, 3, 3, 5, 4, 6, 6])).toBeCloseTo(0.9007775105401477, 12);
    expect(spearman([3, 1, 2], [1, 2, 3])).toBeCloseTo(-0.5, 12);
  });

  it("is 1 for any monotone relation and null when undefined", () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1], [1])).toBeNull();
    expect(spearman([5, 5, 5], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2], [2, 4])).toBeCloseTo(1, 12);
  });
});

describe("cohenKappa", () => {
  it("reproduces the textbook 2×2 example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4", () => {
    const a = [...Array(25).fill(1), ...Array(25).fill(0)] as number[];
    const b = [...Array(20).fill(1), ...Array(5).fill(0), ...Array(10).fill(1), ...Array(15).fill(0)] as number[];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 12);
  });

  it("is 1 for perfect agreement and null when chance agreement is certain", () => {
    expect(cohenKappa([1, 2, 3, 1], [1, 2, 3, 1])).toBe(1);
    expect(cohenKappa([2, 2], [2, 2])).toBeNull();
    expect(cohenKappa([], [])).toBeNull();
  });
});

describe("quadraticWeightedKappa", () => {
  // Quadratic-weighted kappa equals Lin's concordance correlation with population moments (Fleiss & Cohen 1973):
  // 2·cov(x, y) / (var(x) + var(y) + (mean x - mean y)²). For this data scipy/numpy give 0.8811881188118811.
  const x = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 5, 4];
  const y = [2, 2, 3, 5, 5, 1, 1, 3, 3, 4, 5, 5];

  it("equals the concordance correlation coefficient", () => {
    expect(quadraticWeightedKappa(x, y)).toBeCloseTo(0.8811881188118811, 12);
  });

  it("weights by distance: an off-by-one disagreement costs less than an off-by-three one", () => {
    const near = quadraticWeightedKappa([1, 2, 3, 4], [2, 2, 3, 4])!;
    const far = quadraticWeightedKappa([1, 2, 3, 4], [4, 2, 3, 4])!;
    expect(near).toBeGreaterThan(far);
    expect(cohenKappa([1, 2, 3, 4], [2, 2, 3, 4])).toBeCloseTo(cohenKappa([1, 2, 3, 4], [4, 2, 3, 4])!, 12);
  });

  it("equals unweighted kappa for two categories", () => {
    expect(quadraticWeightedKappa([0, 1, 1, 0, 1], [0, 1, 0, 0, 1])).toBeCloseTo(
      cohenKappa([0, 1, 1, 0, 1], [0, 1, 0, 0, 1])!,
      12,
    );
  });
});

describe("mapScoreToScale", () => {
  it("maps the 1-10 judge scale onto 1-4 linearly, then rounds", () => {
    const mapped = Array.from({ length: 10 }, (_, i) => mapScoreToScale(i + 1, { min: 1, max: 4 }));
    expect(mapped).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 4, 4]);
  });

  it("maps onto 1-5 and keeps the end points", () => {
    const mapped = Array.from({ length: 10 }, (_, i) => mapScoreToScale(i + 1, { min: 1, max: 5 }));
    expect(mapped).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(mapScoreToScale(10, { min: 0, max: 100 })).toBe(100);
  });

  it("rounds halves up and rejects scores outside the source scale", () => {
    expect(mapScoreToScale(2, { min: 1, max: 2 }, { min: 1, max: 3 })).toBe(2);
    expect(() => mapScoreToScale(11, { min: 1, max: 4 })).toThrow(RangeError);
  });
});

describe("computeJudgeAgreement", () => {
  it("reports Spearman on raw scores and kappa/agreement on mapped scores", () => {
    const pairs = [
      { judge: 1, human: 1 }, // → 1, exact
      { judge: 4, human: 2 }, // → 2, exact
      { judge: 8, human: 4 }, // → 3, adjacent
      { judge: 10, human: 4 }, // → 4, exact
      { judge: 2, human: 3 }, // → 1, off by 2
      { judge: null, human: 2 }, // unparseable judge grade: skipped
    ];
    const agreement = computeJudgeAgreement(pairs, { min: 1, max: 4 });
    expect(agreement.n).toBe(5);
    expect(agreement.exactAgreement.estimate).toBeCloseTo(3 / 5, 12);
    expect(agreement.adjacentAgreement.estimate).toBeCloseTo(4 / 5, 12);
    expect(agreement.spearman).toBeCloseTo(spearman([1, 4, 8, 10, 2], [1, 2, 4, 4, 3])!, 12);
    expect(agreement.kappa).toBeCloseTo(cohenKappa([1, 2, 3, 4, 1], [1, 2, 4, 4, 3])!, 12);
    expect(agreement.quadraticKappa).toBeCloseTo(quadraticWeightedKappa([1, 2, 3, 4, 1], [1, 2, 4, 4, 3])!, 12);
  });

  it("is null without pairs and rejects human scores outside their scale", () => {
    const none = computeJudgeAgreement([], { min: 1, max: 4 });
    expect(none).toMatchObject({ n: 0, spearman: null, kappa: null, quadraticKappa: null });
    expect(none.exactAgreement.estimate).toBeNull();
    expect(() => computeJudgeAgreement([{ judge: 5, human: 9 }], { min: 1, max: 4 })).toThrow(RangeError);
  });
});
