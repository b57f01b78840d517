import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/metrics/random";
import { computeCalibrationFigures } from "./calibration";

describe("computeCalibrationFigures", () => {
  it("brackets the estimates with seeded bootstrap intervals and reports coverage", () => {
    const random = createRandom(3);
    const items = Array.from({ length: 500 }, () => {
      const confidence = random();
      return { confidence, correct: random() < confidence * 0.8 };
    });
    const figures = computeCalibrationFigures(items, 12, { resamples: 300 });
    expect(figures).toMatchObject({ covered: 500, missing: 12, resamples: 300 });
    for (const interval of [figures.ece, figures.brier]) {
      expect(interval.low!).toBeLessThanOrEqual(interval.estimate!);
      expect(interval.high!).toBeGreaterThanOrEqual(interval.estimate!);
      expect(interval.high! - interval.low!).toBeGreaterThan(0);
    }
    // Over-confident by design (right with probability 0.8 × confidence): the ECE shows a real gap.
    expect(figures.ece.low!).toBeGreaterThan(0.05);
    expect(figures.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(500);
    expect(computeCalibrationFigures(items, 12, { resamples: 300 })).toEqual(figures);
  });

  it("past the resample cap, scales an m-out-of-n bootstrap back to the full sample's spread", () => {
    const random = createRandom(5);
    const items = Array.from({ length: 8_000 }, () => {
      const confidence = random();
      return { confidence, correct: random() < confidence * 0.9 };
    });
    const full = computeCalibrationFigures(items, 0, { resamples: 400 });
    const capped = computeCalibrationFigures(items, 0, { resamples: 400, resampleCap: 2_000 });
    expect(capped.resampleSize).toBe(2_000);
    expect(full.resampleSize).toBe(8_000);
    expect(capped.brier.estimate).toBe(full.brier.estimate);
    const width = (interval: { low: number | null; high: number | null }) => interval.high! - interval.low!;
    // Same spread within sampling noise: the √(m/n) scaling undoes the smaller resamples.
    expect(width(capped.brier) / width(full.brier)).toBeGreaterThan(0.75);
    expect(width(capped.brier) / width(full.brier)).toBeLessThan(1.33);
  });

  it("is empty but well-formed without any confidence", () => {
    const figures = computeCalibrationFigures([], 40);
    expect(figures).toMatchObject({ covered: 0, missing: 40, auroc: null, ece: { estimate: null, low: null } });
  });
});
