import { describe, expect, it } from "vitest";
import {
  computeAuroc,
  computeBrier,
  computeCoverageCurve,
  computeEce,
  computeReliabilityBins,
  type TCalibrationItem,
} from "./calibration";
import { createRandom } from "./random";

const item = (confidence: number, correct: boolean): TCalibrationItem => ({ confidence, correct });
// Worked by hand below: bins 9, 8, 8, 5, 3, 1.
const items = [
  item(0.95, true),
  item(0.85, true),
  item(0.85, false),
  item(0.55, true),
  item(0.35, false),
  item(0.15, false),
];

describe("calibration metrics against hand-computed values", () => {
  it("bins confidences into 10 equal-width bins with counts; empty bins are gaps", () => {
    const bins = computeReliabilityBins(items);
    expect(bins.map((bin) => bin.count)).toEqual([0, 1, 0, 1, 0, 1, 0, 0, 2, 1]);
    expect(bins[8]).toMatchObject({ lower: 0.8, meanConfidence: 0.85, accuracy: 0.5 });
    expect(bins[0]).toMatchObject({ meanConfidence: null, accuracy: null });
    expect(computeReliabilityBins([item(1, true)])[9]!.count).toBe(1);
  });

  it("ECE: (0.05 + 2·0.35 + 0.45 + 0.35 + 0.15) / 6", () => {
    expect(computeEce(items)).toBeCloseTo(1.7 / 6, 12);
    expect(computeEce([])).toBeNull();
  });

  it("Brier: mean squared gap between confidence and correctness", () => {
    const expected = (0.05 ** 2 + 0.15 ** 2 + 0.85 ** 2 + 0.45 ** 2 + 0.35 ** 2 + 0.15 ** 2) / 6;
    expect(computeBrier(items)).toBeCloseTo(expected, 12);
  });

  it("AUROC: 7.5 of 9 right-wrong pairs ordered (a tie counts half)", () => {
    expect(computeAuroc(items)).toBeCloseTo(7.5 / 9, 12);
    expect(computeAuroc([item(0.9, true), item(0.2, true)])).toBeNull();
  });

  it("AUROC equals the pairwise count on random data", () => {
    const random = createRandom(7);
    const data = Array.from({ length: 300 }, () => {
      const confidence = Math.round(random() * 20) / 20;
      return item(confidence, random() < confidence);
    });
    let ordered = 0;
    let pairs = 0;
    for (const right of data.filter((x) => x.correct))
      for (const wrong of data.filter((x) => !x.correct)) {
        pairs += 1;
        ordered += right.confidence > wrong.confidence ? 1 : right.confidence === wrong.confidence ? 0.5 : 0;
      }
    expect(computeAuroc(data)).toBeCloseTo(ordered / pairs, 12);
  });

  it("coverage curve: accuracy of the outputs at or above each threshold", () => {
    const curve = computeCoverageCurve(items);
    expect(curve).toHaveLength(20);
    expect(curve[0]).toEqual({ threshold: 0, answered: 6, coverage: 1, accuracy: 0.5 });
    expect(curve[10]).toEqual({ threshold: 0.5, answered: 4, coverage: 4 / 6, accuracy: 3 / 4 });
    expect(curve[18]).toEqual({ threshold: 0.9, answered: 1, coverage: 1 / 6, accuracy: 1 });
    expect(curve[19]).toMatchObject({ threshold: 0.95, answered: 1 });
    expect(computeCoverageCurve([item(0.3, true)])[19]!.accuracy).toBeNull();
  });
});
