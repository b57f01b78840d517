import { Prisma } from "@/lib/db/generated/client";

/**
 * The outcome SQL of a pairwise judging, the same rules as outcome.ts (pinned by its unit tests, and by the
 * integration tests for these queries):
 *   calls:  one row per judge call, its verdict as the pair's outcome ("first", "second", "tie", "failed");
 *   judged: one row per (sample, pair, judge): both orders agree → that outcome, any disagreement → a tie
 *           (`flipped`), either order failed (or missing) → "failed";
 *   jury:   one row per (sample, pair): the outcome more than half of the judges with a verdict gave, else a tie;
 *           none with a verdict → "failed".
 * Optionally restricted to one judge (`judgeIndex`): the jury is then that judge alone.
 */
export function pairwiseOutcomeCtes(judgingId: string, judgeIndex: number | null = null): Prisma.Sql {
  return Prisma.sql`
    calls AS (
      SELECT "sampleId", "pairIndex", "judgeIndex", swapped, verdict,
             CASE WHEN verdict IS NULL THEN 'failed' WHEN verdict = 'C' THEN 'tie'
                  WHEN (verdict = 'A') <> swapped THEN 'first' ELSE 'second' END AS outcome
      FROM "PairwiseVerdict"
      WHERE "pairwiseJudgingId" = ${judgingId}::uuid AND (${judgeIndex}::int IS NULL OR "judgeIndex" = ${judgeIndex}::int)),
    judged AS (
      SELECT "sampleId", "pairIndex", "judgeIndex",
             CASE WHEN count(*) < 2 OR bool_or(outcome = 'failed') THEN 'failed'
                  WHEN min(outcome) = max(outcome) THEN min(outcome) ELSE 'tie' END AS outcome,
             (count(*) = 2 AND NOT bool_or(outcome = 'failed') AND min(outcome) <> max(outcome)) AS flipped
      FROM calls GROUP BY "sampleId", "pairIndex", "judgeIndex"),
    jury AS (
      SELECT "sampleId", "pairIndex",
             CASE WHEN count(*) FILTER (WHERE outcome <> 'failed') = 0 THEN 'failed'
                  WHEN 2 * count(*) FILTER (WHERE outcome = 'first') > count(*) FILTER (WHERE outcome <> 'failed') THEN 'first'
                  WHEN 2 * count(*) FILTER (WHERE outcome = 'second') > count(*) FILTER (WHERE outcome <> 'failed') THEN 'second'
                  ELSE 'tie' END AS outcome,
             bool_or(flipped) AS flipped
      FROM judged GROUP BY "sampleId", "pairIndex")`;
}
