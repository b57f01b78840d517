import type { TDb } from "@/lib/db/prisma";
import type { TPairedCell } from "@/lib/metrics";

export type TClassificationPairs = {
  cells: TPairedCell[];
  /** Pairs only the baseline got right, only the candidate got right, each run's correct answers, and all pairs. */
  baselineOnly: number;
  candidateOnly: number;
  baselineCorrect: number;
  candidateCorrect: number;
  n: number;
};

/**
 * The samples both runs answered (a failed call is not an answer, as on the leaderboard), counted by expected label
 * and each run's prediction (null when invalid) and correctness, in SQL: the gate never loads outputs one by one.
 */
export async function countClassificationPairs(
  db: TDb,
  ids: { baseline: string; candidate: string },
): Promise<TClassificationPairs> {
  const rows = await db.$queryRaw<
    {
      expected: string;
      baseline: string | null;
      candidate: string | null;
      baselineCorrect: boolean;
      candidateCorrect: boolean;
      count: number;
    }[]
  >`
    SELECT s.expected,
           CASE WHEN b.valid THEN b."parsedLabel" END AS baseline,
           CASE WHEN c.valid THEN c."parsedLabel" END AS candidate,
           coalesce(b.correct, false) AS "baselineCorrect", coalesce(c.correct, false) AS "candidateCorrect",
           count(*)::int AS count
    FROM "Output" b
    JOIN "Output" c ON c."sampleId" = b."sampleId" AND c."runId" = ${ids.candidate}::uuid AND c."errorKind" IS NULL
    JOIN "Sample" s ON s.id = b."sampleId"
    WHERE b."runId" = ${ids.baseline}::uuid AND b."errorKind" IS NULL
    GROUP BY 1, 2, 3, 4, 5`;
  let baselineOnly = 0;
  let candidateOnly = 0;
  let baselineCorrect = 0;
  let candidateCorrect = 0;
  let n = 0;
  for (const row of rows) {
    n += row.count;
    if (row.baselineCorrect) baselineCorrect += row.count;
    if (row.candidateCorrect) candidateCorrect += row.count;
    if (row.baselineCorrect && !row.candidateCorrect) baselineOnly += row.count;
    if (row.candidateCorrect && !row.baselineCorrect) candidateOnly += row.count;
  }
  const cells = rows.map(({ expected, baseline, candidate, count }) => ({ expected, baseline, candidate, count }));
  return { cells, baselineOnly, candidateOnly, baselineCorrect, candidateCorrect, n };
}

/**
 * The judge notes of the two runs, paired by sample: the latest completed judging of the candidate that has a
 * completed counterpart on the baseline graded the same way (same judge, rubric and reference guidance; notes of
 * different judges are not on one scale). Null when there is no such pair of judgings.
 */
export async function findJudgeNotePairs(db: TDb, ids: { baseline: string; candidate: string }) {
  const [match] = await db.$queryRaw<
    { baselineJudging: string; candidateJudging: string; judgeId: string; judgeName: string }[]
  >`
    SELECT b.id::text AS "baselineJudging", c.id::text AS "candidateJudging",
           c."judgeEndpointId"::text AS "judgeId", e.name AS "judgeName"
    FROM "Judging" c
    JOIN "Judging" b ON b."runId" = ${ids.baseline}::uuid AND b.status = 'COMPLETED'
      AND b."judgeEndpointId" = c."judgeEndpointId" AND b.rubric = c.rubric AND b."referenceGuided" = c."referenceGuided"
    JOIN "ModelEndpoint" e ON e.id = c."judgeEndpointId"
    WHERE c."runId" = ${ids.candidate}::uuid AND c.status = 'COMPLETED'
    ORDER BY c."createdAt" DESC, b."createdAt" DESC
    LIMIT 1`;
  if (!match) return null;
  const notes = await db.$queryRaw<{ baseline: number; candidate: number }[]>`
    SELECT b.score AS baseline, c.score AS candidate
    FROM "Judgement" b
    JOIN "Judgement" c ON c."sampleId" = b."sampleId" AND c."judgingId" = ${match.candidateJudging}::uuid
      AND c.score IS NOT NULL AND c."errorKind" IS NULL
    WHERE b."judgingId" = ${match.baselineJudging}::uuid AND b.score IS NOT NULL AND b."errorKind" IS NULL`;
  return { judge: { id: match.judgeId, name: match.judgeName }, notes };
}
