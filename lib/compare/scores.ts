import type { TDb } from "@/lib/db/prisma";
import { pairedBootstrapMeanDifference, wilcoxonSignedRank, type TPairedDifference } from "@/lib/metrics";

/** Fixed, so the interval on the page, in the API and in an export is the same number every time. */
export const SCORE_BOOTSTRAP_SEED = 20240601;

export type TScoreComparison = {
  /** Samples both judgings graded (a judgement row on each side, whatever its outcome). */
  judgedBoth: number;
  /** Samples with a parsed score on both sides: the pairs every statistic below is computed on. */
  pairs: number;
  meanA: number | null;
  meanB: number | null;
  /** Mean of A - B with a seeded 95% paired percentile bootstrap interval. */
  difference: TPairedDifference;
  /** Two-sided Wilcoxon signed-rank p-value (R's defaults: zeros dropped); 1 without a non-zero difference. */
  pValue: number;
  pMethod: "exact" | "normal";
  aBetter: number;
  ties: number;
  bBetter: number;
  /** Pairs left out: a judge call failed on either side (counted here before unparseable). */
  errored: number;
  /** Pairs left out: no error, but either judge reply had no parseable rating. */
  unparseable: number;
  /** Samples graded on one side only (e.g. the run had no answer to grade, or a judging is still running). */
  oneSided: number;
};

type TCountsRow = Omit<TScoreComparison, "difference" | "pValue" | "pMethod" | "meanA" | "meanB"> & {
  meanA: number | null;
  meanB: number | null;
};

/**
 * Counts in SQL over the two judgings joined by sample; the score pairs come back grouped (at most 10 × 10 rows), so
 * the statistics in TypeScript never need the samples themselves.
 */
export async function compareScores(db: TDb, judgingA: string, judgingB: string): Promise<TScoreComparison> {
  const [counts] = await db.$queryRaw<TCountsRow[]>`
    WITH ja AS (SELECT "sampleId", score, "errorKind" FROM "Judgement" WHERE "judgingId" = ${judgingA}::uuid),
         jb AS (SELECT "sampleId", score, "errorKind" FROM "Judgement" WHERE "judgingId" = ${judgingB}::uuid),
         joined AS (
           SELECT ja.score AS a, jb.score AS b, ja."sampleId" IS NOT NULL AND jb."sampleId" IS NOT NULL AS paired,
                  ja."errorKind" IS NOT NULL OR jb."errorKind" IS NOT NULL AS errored
           FROM ja FULL JOIN jb ON jb."sampleId" = ja."sampleId")
    SELECT count(*) FILTER (WHERE paired)::int AS "judgedBoth",
           count(*) FILTER (WHERE paired AND a IS NOT NULL AND b IS NOT NULL)::int AS pairs,
           avg(a) FILTER (WHERE paired AND a IS NOT NULL AND b IS NOT NULL)::float8 AS "meanA",
           avg(b) FILTER (WHERE paired AND a IS NOT NULL AND b IS NOT NULL)::float8 AS "meanB",
           count(*) FILTER (WHERE paired AND a > b)::int AS "aBetter",
           count(*) FILTER (WHERE paired AND a = b)::int AS ties,
           count(*) FILTER (WHERE paired AND a < b)::int AS "bBetter",
           count(*) FILTER (WHERE paired AND errored)::int AS errored,
           count(*) FILTER (WHERE paired AND NOT errored AND (a IS NULL OR b IS NULL))::int AS unparseable,
           count(*) FILTER (WHERE NOT paired)::int AS "oneSided"
    FROM joined`;
  const grouped = await db.$queryRaw<{ a: number; b: number; count: number }[]>`
    SELECT ja.score AS a, jb.score AS b, count(*)::int AS count
    FROM "Judgement" ja JOIN "Judgement" jb ON jb."sampleId" = ja."sampleId" AND jb."judgingId" = ${judgingB}::uuid
    WHERE ja."judgingId" = ${judgingA}::uuid AND ja.score IS NOT NULL AND jb.score IS NOT NULL
    GROUP BY ja.score, jb.score
    ORDER BY ja.score, jb.score`;
  const row = counts ?? emptyCounts();
  return { ...row, ...testScorePairs(expandPairs(grouped)) };
}

function emptyCounts(): TCountsRow {
  const zero = { judgedBoth: 0, pairs: 0, aBetter: 0, ties: 0, bBetter: 0, errored: 0, unparseable: 0, oneSided: 0 };
  return { ...zero, meanA: null, meanB: null };
}

export function expandPairs(grouped: readonly { a: number; b: number; count: number }[]) {
  const a: number[] = [];
  const b: number[] = [];
  for (const group of grouped) {
    for (let i = 0; i < group.count; i++) {
      a.push(group.a);
      b.push(group.b);
    }
  }
  return { a, b };
}

/** Wilcoxon signed-rank and the paired bootstrap interval on the same pairs. */
export function testScorePairs(pairs: { a: number[]; b: number[] }) {
  const wilcoxon = wilcoxonSignedRank(pairs.a, pairs.b);
  return {
    difference: pairedBootstrapMeanDifference(pairs.a, pairs.b, { seed: SCORE_BOOTSTRAP_SEED }),
    pValue: wilcoxon.pValue,
    pMethod: wilcoxon.method,
  };
}
