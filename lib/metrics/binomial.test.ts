import { describe, expect, it } from "vitest";
import { drawBinomial, drawMultinomial } from "./binomial";
import { logGamma } from "./distributions";
import { createRandom } from "./random";

function binomialPmf(n: number, p: number, k: number): number {
  return Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/**
 * Pearson chi-square of `draws` binomial(n, p) variates against the exact pmf, with outcomes pooled until each bin
 * expects at least 20; returns the statistic and its degrees of freedom.
 */
function chiSquare(n: number, p: number, draws: number, seed: number) {
  const random = createRandom(seed);
  const observed = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < draws; i++) observed[drawBinomial(random, n, p)]! += 1;
  let statistic = 0;
  let bins = 0;
  let expected = 0;
  let seen = 0;
  for (let k = 0; k <= n; k++) {
    expected += draws * binomialPmf(n, p, k);
    seen += observed[k]!;
    if (expected >= 20 || k === n) {
      statistic += (seen - expected) ** 2 / expected;
      bins += 1;
      expected = 0;
      seen = 0;
    }
  }
  return { statistic, df: bins - 1 };
}

describe("drawBinomial", () => {
  // 99.9% chi-square quantile ≈ df + 3.1·sqrt(2·df) (Wilson–Hilferty is close enough at these df); the seeds are
  // fixed, so this is a deterministic check that the samplers follow the exact pmf, not a flaky one.
  const limit = (df: number) => df + 3.1 * Math.sqrt(2 * df) + 2;

  it.each([
    ["inversion, small mean", 40, 0.1],
    ["inversion, tiny p and large n", 1_000_000, 2e-6],
    ["BTRS, moderate n", 100, 0.3],
    ["BTRS, p near 1/2", 60, 0.5],
    ["BTRS via symmetry, p > 1/2", 200, 0.83],
    ["BTRS, large n", 50_000, 0.037],
  ])("matches the exact pmf (%s: n = %d, p = %d)", (_, n, p) => {
    const { statistic, df } = chiSquare(n, p, 200_000, 17);
    expect(df).toBeGreaterThan(2);
    expect(statistic).toBeLessThan(limit(df));
  });

  it("has the binomial mean and variance for a run-sized n", () => {
    const random = createRandom(3);
    const n = 1_000_000;
    const p = 0.27;
    const draws = Array.from({ length: 50_000 }, () => drawBinomial(random, n, p));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (draws.length - 1);
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(draws.length));
    expect(variance / (n * p * (1 - p))).toBeCloseTo(1, 1);
  });

  it("is deterministic for a seed and handles the edges exactly", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, (_, i) => drawBinomial(random, 1000 * (i + 1), 0.4));
    };
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
    const random = createRandom(1);
    expect(drawBinomial(random, 0, 0.3)).toBe(0);
    expect(drawBinomial(random, 7, 0)).toBe(0);
    expect(drawBinomial(random, 7, 1)).toBe(7);
    expect(() => drawBinomial(random, 2.5, 0.5)).toThrow(RangeError);
    expect(() => drawBinomial(random, -1, 0.5)).toThrow(RangeError);
    expect(() => drawBinomial(random, 5, 1.5)).toThrow(RangeError);
    expect(() => drawBinomial(random, 5, Number.NaN)).toThrow(RangeError);
  });
});

describe("drawMultinomial", () => {
  it("puts every item somewhere, never in an empty category, with the expected shares", () => {
    const random = createRandom(11);
    const weights = [5, 0, 3, 2];
    const out = [0, 0, 0, 0];
    const totals = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) {
      drawMultinomial(random, 10, weights, out);
      expect(out.reduce((s, x) => s + x, 0)).toBe(10);
      expect(out[1]).toBe(0);
      out.forEach((x, j) => (totals[j]! += x));
    }
    expect(totals.map((x) => x / 200_000)).toEqual([
      expect.closeTo(0.5, 2),
      0,
      expect.closeTo(0.3, 2),
      expect.closeTo(0.2, 2),
    ]);
  });

  it("handles a single category, zero items, and rejects weights that sum to 0", () => {
    const random = createRandom(1);
    const out = [9, 9];
    drawMultinomial(random, 7, [0, 4], out);
    expect(out).toEqual([0, 7]);
    drawMultinomial(random, 0, [1, 1], out);
    expect(out).toEqual([0, 0]);
    expect(() => drawMultinomial(random, 3, [0, 0], out)).toThrow(RangeError);
  });
});
