import { describe, expect, it } from "vitest";
import { computeLatencyPercentiles } from "./latency";
import { quantile } from "./quantile";

describe("quantile (type 7, as R quantile() / numpy / Postgres percentile_cont)", () => {
  it("interpolates between closest ranks", () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.95)).toBeCloseTo(3.85, 12);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it("returns null for no data and rejects bad probabilities", () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe("computeLatencyPercentiles", () => {
  it("gives p50/p95 by linear interpolation, ignoring missing latencies", () => {
    // numpy.percentile([120, 80, 400, 95, 101, 3000, 150], [50, 95]) = [120, 2220]
    const summary = computeLatencyPercentiles([120, null, 80, 400, 95, 101, 3000, 150]);
    expect(summary.count).toBe(7);
    expect(summary.p50).toBe(120);
    expect(summary.p95).toBeCloseTo(2220, 9);
  });

  it("is null when nothing was timed", () => {
    expect(computeLatencyPercentiles([null, null])).toEqual({ count: 0, p50: null, p95: null });
  });
});
