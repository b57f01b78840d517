import { describe, expect, it } from "vitest";
import { buildJobProgress, computeRatePerSecond } from "./progress";

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);

describe("computeRatePerSecond", () => {
  it("averages a finished job over its whole run: 598 samples in 1.5 s are about 399/s, not 598/30", () => {
    const rate = computeRatePerSecond({ done: 598, recent: 598, startedAt: at(0), finishedAt: at(1.5), now: at(20) });
    expect(rate).toBeCloseTo(598 / 1.5, 9);
  });

  it("measures a young job over the time since it started", () => {
    expect(computeRatePerSecond({ done: 120, recent: 120, startedAt: at(0), finishedAt: null, now: at(4) })).toBe(30);
  });

  it("measures an older job over the last 30 seconds only", () => {
    const rate = computeRatePerSecond({ done: 9_000, recent: 600, startedAt: at(0), finishedAt: null, now: at(300) });
    expect(rate).toBe(20);
  });

  it("has no rate before the start, or when nothing was written lately", () => {
    expect(computeRatePerSecond({ done: 0, recent: 0, startedAt: null, finishedAt: null, now: at(1) })).toBeNull();
    expect(computeRatePerSecond({ done: 50, recent: 0, startedAt: at(0), finishedAt: null, now: at(90) })).toBeNull();
    expect(computeRatePerSecond({ done: 0, recent: 0, startedAt: at(0), finishedAt: at(3), now: at(9) })).toBeNull();
  });
});

describe("buildJobProgress", () => {
  it("estimates the time left from the live rate", () => {
    const progress = buildJobProgress(
      { total: 1_000, startedAt: at(0), finishedAt: null },
      { done: 200, errors: 3, recent: 200, now: at(10) },
    );
    expect(progress).toEqual({ total: 1_000, done: 200, errors: 3, ratePerSecond: 20, etaSeconds: 40 });
  });

  it("gives no time left once the job is over, even when items are missing (cancelled)", () => {
    const progress = buildJobProgress(
      { total: 1_000, startedAt: at(0), finishedAt: at(10) },
      { done: 200, errors: 0, recent: 200, now: at(12) },
    );
    expect(progress.ratePerSecond).toBe(20);
    expect(progress.etaSeconds).toBeNull();
  });
});
