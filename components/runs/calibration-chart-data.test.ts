import { describe, expect, it } from "vitest";
import { computeCalibrationFigures } from "@/lib/answer-modes/calibration";
import { prepareCoveragePoints, prepareReliabilityPoints } from "./calibration-chart-data";

const figures = computeCalibrationFigures(
  [
    { confidence: 0.95, correct: true },
    { confidence: 0.92, correct: true },
    { confidence: 0.55, correct: false },
  ],
  1,
  { resamples: 20 },
);

describe("calibration chart data", () => {
  it("draws one bar per bin at its midpoint; empty bins are gaps, not zeros", () => {
    const points = prepareReliabilityPoints(figures);
    expect(points).toHaveLength(10);
    expect(points[9]).toMatchObject({ mid: 0.95, range: "0.9–1.0", accuracy: 1, count: 2 });
    expect(points[5]).toMatchObject({ accuracy: 0, count: 1 });
    expect(points[0]).toMatchObject({ accuracy: null, count: 0 });
  });

  it("keeps one coverage point per distinct share answered, ordered by coverage", () => {
    const points = prepareCoveragePoints(figures);
    // Thresholds 0-0.55 answer all three, 0.6-0.9 the two above 0.9, 0.95 only the 0.95.
    expect(points.map((point) => point.coverage)).toEqual([1 / 3, 2 / 3, 1]);
    expect(points[1]).toMatchObject({ accuracy: 1, threshold: 0.6 });
    expect(points[2]).toMatchObject({ accuracy: 2 / 3, threshold: 0 });
  });
});
