import { describe, expect, it } from "vitest";
import { summariseJudgeScores, tIntervalFromSummary } from "./judge-scores";

// scipy.stats.t.interval(0.95, 11, loc=mean, scale=sem) for these 12 grades = (6.023174872398782, 7.976825127601218)
const GRADES = [7, 8, 6, 9, 5, 7, 8, 6, 7, 9, 4, 8];

describe("summariseJudgeScores", () => {
  it("takes the mean over parsed grades only, with a t interval", () => {
    const summary = summariseJudgeScores([...GRADES, null, null]);
    expect(summary.judged).toBe(14);
    expect(summary.parsed).toBe(12);
    expect(summary.mean.estimate).toBe(7);
    expect(summary.mean.low).toBeCloseTo(6.023174872398782, 9);
    expect(summary.mean.high).toBeCloseTo(7.976825127601218, 9);
  });

  it("reports the parse-failure rate with a Wilson interval", () => {
    const summary = summariseJudgeScores([...GRADES, null, null]);
    expect(summary.parseFailures).toBe(2);
    expect(summary.parseFailureRate.estimate).toBeCloseTo(2 / 14, 12);
    expect(summary.parseFailureRate.low!).toBeGreaterThan(0);
  });

  it("builds a 1..10 histogram", () => {
    const { histogram } = summariseJudgeScores([1, 10, 10, 7, null]);
    expect(histogram).toHaveLength(10);
    expect(histogram[0]).toEqual({ score: 1, count: 1 });
    expect(histogram[6]).toEqual({ score: 7, count: 1 });
    expect(histogram[9]).toEqual({ score: 10, count: 2 });
    expect(histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(4);
  });

  it("offers a seeded bootstrap interval close to the t interval", () => {
    const a = summariseJudgeScores(GRADES, { interval: "bootstrap", seed: 3, samples: 4000 });
    const b = summariseJudgeScores(GRADES, { interval: "bootstrap", seed: 3, samples: 4000 });
    expect(a.mean).toEqual(b.mean);
    expect(a.mean.estimate).toBe(7);
    expect(Math.abs(a.mean.low! - 6.02)).toBeLessThan(0.35);
    expect(Math.abs(a.mean.high! - 7.98)).toBeLessThan(0.35);
  });

  it("never turns missing grades into zeros", () => {
    const onlyFailures = summariseJudgeScores([null, null]);
    expect(onlyFailures.mean).toEqual({ estimate: null, low: null, high: null });
    expect(onlyFailures.parseFailureRate.estimate).toBe(1);
    const nothing = summariseJudgeScores([]);
    expect(nothing.parseFailureRate.estimate).toBeNull();
    const one = summariseJudgeScores([6]);
    expect(one.mean).toEqual({ estimate: 6, low: null, high: null });
    expect(one.sd).toBeNull();
  });

  it("rejects grades that are not integers 1..10", () => {
    expect(() => summariseJudgeScores([0])).toThrow(RangeError);
    expect(() => summariseJudgeScores([7.5])).toThrow(RangeError);
  });
});

describe("tIntervalFromSummary", () => {
  it("accepts SQL count/avg/stddev_samp", () => {
    // mean 50, sd 10, n 25: 50 ± 2.063899 * 2 (t(0.975, 24) = 2.063898562)
    const interval = tIntervalFromSummary({ n: 25, mean: 50, sd: 10 });
    expect(interval.low).toBeCloseTo(50 - 4.127797, 5);
    expect(interval.high).toBeCloseTo(50 + 4.127797, 5);
    expect(tIntervalFromSummary({ n: 0, mean: null, sd: null })).toEqual({ estimate: null, low: null, high: null });
  });
});
