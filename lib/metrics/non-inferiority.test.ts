import { describe, expect, it } from "vitest";
import { drawMultinomial } from "./binomial";
import { countConfusion } from "./classification";
import type { TConfusion } from "./confusion";
import {
  isNonInferior,
  pairedConfusionLowerBound,
  pairedMeanLowerBound,
  pairedProportionLowerBound,
  type TPairedCell,
} from "./non-inferiority";
import { macroF1FromConfusion } from "./per-class";
import { createRandom } from "./random";

const accuracyOf = (confusion: TConfusion) => {
  const { answered, correct } = countConfusion(confusion);
  return answered === 0 ? null : correct / answered;
};

describe("pairedProportionLowerBound (Bonett-Price adjusted Wald)", () => {
  it("matches the formula worked by hand: 200 pairs, 12 baseline-only, 8 candidate-only", () => {
    // p̃10 = 13/202, p̃01 = 9/202, δ̃ = -4/202; se = √((22/202 − (4/202)²) / 202); z(0.95) = 1.644854.
    const se = Math.sqrt((22 / 202 - (4 / 202) ** 2) / 202);
    const bound = pairedProportionLowerBound({ baselineOnly: 12, candidateOnly: 8, n: 200 });
    expect(bound.estimate).toBeCloseTo(-0.02, 12);
    expect(bound.lower as number).toBeCloseTo(-4 / 202 - 1.644854 * se, 6);
    expect(isNonInferior(bound, 0.06)).toBe(true);
    expect(isNonInferior(bound, 0.05)).toBe(false);
  });

  it("keeps a positive width when the runs never disagree, and is null without pairs", () => {
    const bound = pairedProportionLowerBound({ baselineOnly: 0, candidateOnly: 0, n: 50 });
    expect(bound.estimate).toBe(0);
    expect(bound.lower as number).toBeLessThan(0);
    expect(pairedProportionLowerBound({ baselineOnly: 0, candidateOnly: 0, n: 0 }).lower).toBeNull();
  });

  it("wrongly passes a candidate that is exactly `margin` worse about 5% of the time (seeded simulation)", () => {
    const random = createRandom(7);
    const margin = 0.03;
    const n = 500;
    // 12% discordant pairs, split so that candidate − baseline = −margin.
    const weights = [(0.12 + margin) / 2, (0.12 - margin) / 2, 0.88].map((w) => Math.round(w * 1e6));
    const counts = [0, 0, 0];
    let passes = 0;
    const trials = 4000;
    for (let trial = 0; trial < trials; trial++) {
      drawMultinomial(random, n, weights, counts);
      const bound = pairedProportionLowerBound({
        baselineOnly: counts[0] as number,
        candidateOnly: counts[1] as number,
        n,
      });
      if (isNonInferior(bound, margin)) passes++;
    }
    // Standard error of the simulated rate ~0.0035: a test at level 0.05 lands within 0.035-0.065.
    expect(Math.abs(passes / trials - 0.05)).toBeLessThan(0.015);
  });
});

describe("pairedMeanLowerBound", () => {
  it("is mean − t(0.95, n−1) s/√n: differences 1..5 give 3 − 2.131847 · √2.5 / √5", () => {
    const bound = pairedMeanLowerBound([1, 2, 3, 4, 5]);
    expect(bound.estimate).toBe(3);
    expect(bound.lower as number).toBeCloseTo(3 - (2.131847 * Math.sqrt(2.5)) / Math.sqrt(5), 5);
  });

  it("has no bound below two pairs", () => {
    expect(pairedMeanLowerBound([]).estimate).toBeNull();
    expect(pairedMeanLowerBound([0.5])).toEqual({ n: 1, estimate: 0.5, lower: null });
  });
});

describe("pairedConfusionLowerBound", () => {
  const labels = ["a", "b", "c"];

  it("agrees with the analytic bound when the metric is accuracy (a second implementation)", () => {
    // 400 pairs: both right 300, baseline only 40, candidate only 28, both wrong 32.
    const cells: TPairedCell[] = [
      { expected: "a", baseline: "a", candidate: "a", count: 300 },
      { expected: "b", baseline: "b", candidate: "c", count: 40 },
      { expected: "c", baseline: null, candidate: "c", count: 28 },
      { expected: "a", baseline: "b", candidate: null, count: 32 },
    ];
    const bootstrap = pairedConfusionLowerBound(labels, cells, accuracyOf, { seed: 3, samples: 4000 });
    const analytic = pairedProportionLowerBound({ baselineOnly: 40, candidateOnly: 28, n: 400 });
    expect(bootstrap.n).toBe(400);
    expect(bootstrap.estimate).toBeCloseTo(-12 / 400, 12);
    expect(Math.abs((bootstrap.lower as number) - (analytic.lower as number))).toBeLessThan(0.005);
  });

  it("gives a zero difference for identical runs, is seeded, and is null without pairs", () => {
    const cells: TPairedCell[] = [
      { expected: "a", baseline: "a", candidate: "a", count: 30 },
      { expected: "b", baseline: "c", candidate: "c", count: 10 },
      { expected: "c", baseline: null, candidate: null, count: 5 },
    ];
    const bound = pairedConfusionLowerBound(labels, cells, macroF1FromConfusion, { seed: 9, samples: 300 });
    expect(bound).toMatchObject({ n: 45, estimate: 0, lower: 0 });
    // Both runs: a 30/30, b 0/10 (all predicted c), c 0/5 (invalid): F1 of a = 1, b = 0, c = 0 → 1/3.
    expect(bound.baselineValue).toBeCloseTo(1 / 3, 12);
    const changed: TPairedCell[] = [...cells, { expected: "b", baseline: "b", candidate: "a", count: 6 }];
    const once = pairedConfusionLowerBound(labels, changed, macroF1FromConfusion, { seed: 9, samples: 300 });
    expect(pairedConfusionLowerBound(labels, changed, macroF1FromConfusion, { seed: 9, samples: 300 })).toEqual(once);
    expect(once.lower as number).toBeLessThan(once.estimate as number);
    expect(pairedConfusionLowerBound(labels, [], macroF1FromConfusion)).toMatchObject({
      n: 0,
      estimate: null,
      lower: null,
    });
  });
});
