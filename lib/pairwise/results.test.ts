import { describe, expect, it } from "vitest";
import { studentTQuantile } from "@/lib/metrics/distributions";
import { winRateInterval } from "./results";

describe("win rate with ties as half", () => {
  it("is the mean of per-sample scores 1, ½, 0 with its 95% t interval", () => {
    const scores = [...Array(6).fill(1), ...Array(2).fill(0.5), ...Array(2).fill(0)];
    const n = scores.length;
    const mean = scores.reduce((sum, x) => sum + x, 0) / n;
    const sd = Math.sqrt(scores.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1));
    const half = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
    const interval = winRateInterval(6, 2, 2);
    expect(interval.estimate).toBeCloseTo(0.7, 12);
    expect(interval.low).toBeCloseTo(mean - half, 12);
    expect(interval.high).toBeCloseTo(Math.min(1, mean + half), 12);
  });

  it("stays within [0, 1] and is empty without a verdict", () => {
    expect(winRateInterval(3, 0, 0)).toMatchObject({ estimate: 1, high: 1 });
    expect(winRateInterval(0, 0, 0)).toEqual({ estimate: null, low: null, high: null });
  });
});
