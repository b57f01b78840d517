import { tIntervalFromSummary, wilson, type TInterval } from "@/lib/metrics";
import { RATING_MAX, RATING_MIN } from "./parse-rating";

/** What SQL returns for one judging (see queries.ts). */
export type TJudgingCounts = {
  done: number;
  /** Judge calls that failed after all retries: not grades, not parse failures. */
  errors: number;
  /** Replies received (done - errors). */
  judged: number;
  parsed: number;
  mean: number | null;
  sd: number | null;
  histogram: { score: number; count: number }[];
};

export type TJudgingMetrics = {
  judged: number;
  parsed: number;
  parseFailures: number;
  /** parseFailures / judged, Wilson 95% interval. */
  parseFailureRate: TInterval;
  errors: number;
  /** Mean grade 1-10 over parsed grades only, 95% t interval; an unparseable grade is never 0. */
  mean: TInterval;
  sd: number | null;
  /** One entry per grade 1..10 (zero counts included: a grade nobody got is a real 0, not a gap). */
  histogram: { score: number; count: number }[];
};

export function computeJudgingMetrics(counts: TJudgingCounts): TJudgingMetrics {
  const parseFailures = counts.judged - counts.parsed;
  const byScore = new Map(counts.histogram.map((bin) => [bin.score, bin.count]));
  return {
    judged: counts.judged,
    parsed: counts.parsed,
    parseFailures,
    parseFailureRate: wilson(parseFailures, counts.judged),
    errors: counts.errors,
    mean: tIntervalFromSummary({ n: counts.parsed, mean: counts.mean, sd: counts.sd }),
    sd: counts.sd,
    histogram: Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => ({
      score: RATING_MIN + i,
      count: byScore.get(RATING_MIN + i) ?? 0,
    })),
  };
}
