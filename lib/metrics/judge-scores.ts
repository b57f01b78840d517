import { bootstrapMean } from "./bootstrap";
import { studentTQuantile } from "./distributions";
import { createEmptyInterval, type TBootstrapOptions, type TInterval } from "./types";
import { wilson } from "./wilson";

export const JUDGE_SCORE_MIN = 1;
export const JUDGE_SCORE_MAX = 10;

export type TJudgeScoreSummary = {
  /** Judgements considered (parsed + unparseable). */
  judged: number;
  parsed: number;
  parseFailures: number;
  /** parseFailures / judged with a Wilson interval. */
  parseFailureRate: TInterval;
  /** Mean over parsed grades only; unparseable grades are never counted as 0. */
  mean: TInterval;
  /** Sample standard deviation (n - 1); null below 2 grades. */
  sd: number | null;
  /** Count per grade 1..10, always ten entries. */
  histogram: { score: number; count: number }[];
};

export type TJudgeScoreOptions = TBootstrapOptions & { interval?: "t" | "bootstrap" };

/** 95% t interval for a mean from its summary (what SQL `count`, `avg`, `stddev_samp` return). */
export function tIntervalFromSummary(summary: { n: number; mean: number | null; sd: number | null }): TInterval {
  const { n, mean, sd } = summary;
  if (n === 0 || mean === null) return createEmptyInterval();
  if (n < 2 || sd === null) return { estimate: mean, low: null, high: null };
  const halfWidth = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { estimate: mean, low: mean - halfWidth, high: mean + halfWidth };
}

function computeMeanAndSd(values: readonly number[]): { mean: number | null; sd: number | null } {
  if (values.length === 0) return { mean: null, sd: null };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  if (values.length < 2) return { mean, sd: null };
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(squares / (values.length - 1)) };
}

/**
 * Summarises judge grades. `scores` has one entry per judgement that returned text: an integer 1..10, or null when the
 * rating could not be parsed (missing or out of range). Judge calls that errored should not be passed in.
 * The mean's interval is a t interval by default, or a seeded percentile bootstrap.
 */
export function summariseJudgeScores(
  scores: readonly (number | null)[],
  options: TJudgeScoreOptions = {},
): TJudgeScoreSummary {
  const parsed: number[] = [];
  const histogram = Array.from({ length: JUDGE_SCORE_MAX }, (_, i) => ({ score: i + 1, count: 0 }));
  for (const score of scores) {
    if (score === null) continue;
    if (!Number.isInteger(score) || score < JUDGE_SCORE_MIN || score > JUDGE_SCORE_MAX) {
      throw new RangeError(`judge score must be an integer 1..10 or null, got ${score}`);
    }
    parsed.push(score);
    (histogram[score - 1] as { count: number }).count++;
  }
  const { mean, sd } = computeMeanAndSd(parsed);
  const failures = scores.length - parsed.length;
  const meanInterval =
    options.interval === "bootstrap"
      ? { estimate: mean, ...bootstrapMean(parsed, options) }
      : tIntervalFromSummary({ n: parsed.length, mean, sd });
  return {
    judged: scores.length,
    parsed: parsed.length,
    parseFailures: failures,
    parseFailureRate: wilson(failures, scores.length),
    mean: meanInterval,
    sd,
    histogram,
  };
}
