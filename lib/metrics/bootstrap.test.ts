import { describe, expect, it } from "vitest";
import { bootstrapMean, bootstrapPercentile } from "./bootstrap";
import { createRandom } from "./random";
import { pairedBootstrapMeanDifference } from "./paired-bootstrap";
import { tIntervalFromSummary } from "./judge-scores";

function makeSample(n: number, seed: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => Math.floor(random() * 10) + 1);
}

describe("bootstrapMean", () => {
  it("is deterministic for a seed, and the seed matters", () => {
    const values = makeSample(60, 3);
    expect(bootstrapMean(values, { seed: 9 })).toEqual(bootstrapMean(values, { seed: 9 }));
    expect(bootstrapMean(values, { seed: 9 })).not.toEqual(bootstrapMean(values, { seed: 10 }));
  });

  it("agrees with the t interval on a large sample", () => {
    const values = makeSample(400, 5);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
    const t = tIntervalFromSummary({ n: values.length, mean, sd });
    const bootstrap = bootstrapMean(values, { samples: 2000 });
    expect(bootstrap.low).toBeCloseTo(t.low as number, 1);
    expect(bootstrap.high).toBeCloseTo(t.high as number, 1);
  });

  it("narrows with lower confidence", () => {
    const values = makeSample(100, 11);
    const wide = bootstrapMean(values, { confidence: 0.99 });
    const narrow = bootstrapMean(values, { confidence: 0.8 });
    expect(wide.low!).toBeLessThan(narrow.low!);
    expect(wide.high!).toBeGreaterThan(narrow.high!);
  });

  it("is null for no data and collapses for one value", () => {
    expect(bootstrapMean([])).toEqual({ low: null, high: null });
    expect(bootstrapMean([4])).toEqual({ low: 4, high: 4 });
  });

  it("rejects a bad number of resamples", () => {
    expect(() => bootstrapMean([1, 2], { samples: 0 })).toThrow(RangeError);
  });
});

describe("bootstrapPercentile", () => {
  it("drops replicates whose statistic is undefined", () => {
    const values = [0, 0, 0, 1];
    // Statistic defined only when the resample contains the 1.
    const bounds = bootstrapPercentile(values.length, (idx) => (idx.some((i) => values[i] === 1) ? 1 : null), {
      samples: 200,
    });
    expect(bounds).toEqual({ low: 1, high: 1 });
  });
});

describe("pairedBootstrapMeanDifference", () => {
  it("estimates the mean difference over complete pairs and excludes 0 for a clear shift", () => {
    const b = makeSample(80, 21);
    const a = b.map((value, i) => value + (i % 4 === 0 ? 0 : 1));
    const result = pairedBootstrapMeanDifference([...a, null], [...b, 5]);
    expect(result.n).toBe(80);
    expect(result.estimate).toBeCloseTo(0.75, 12);
    expect(result.low!).toBeGreaterThan(0);
    expect(result.high!).toBeLessThanOrEqual(1);
  });

  it("keeps the pairing: a constant shift has a zero-width interval", () => {
    const b = makeSample(50, 4);
    const result = pairedBootstrapMeanDifference(
      b.map((v) => v + 2),
      b,
    );
    expect(result).toEqual({ n: 50, estimate: 2, low: 2, high: 2 });
  });

  it("is null without complete pairs and rejects unequal lengths", () => {
    expect(pairedBootstrapMeanDifference([null], [3])).toEqual({ n: 0, estimate: null, low: null, high: null });
    expect(() => pairedBootstrapMeanDifference([1], [1, 2])).toThrow(RangeError);
  });
});
