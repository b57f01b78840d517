import type { TDb } from "@/lib/db/prisma";

/**
 * The references a baseline judging grades: the first `limit` samples of a split (or of every split) by file order,
 * up to `maxIndex` (a run's boundary, so the baseline covers the same questions as the runs it sits beside).
 */
export async function measureReferenceSet(
  db: TDb,
  input: { datasetId: string; split: "TRAIN" | "TEST" | null; limit: number | null; maxIndex: number | null },
): Promise<{ total: number; lastIndex: number }> {
  const [row] = await db.$queryRaw<{ total: number; lastIndex: number | null }[]>`
    SELECT count(*)::int AS total, max(index) AS "lastIndex" FROM (
      SELECT index FROM "Sample"
      WHERE "datasetId" = ${input.datasetId}::uuid
        AND (${input.split}::text IS NULL OR split::text = ${input.split}::text)
        AND (${input.maxIndex}::int IS NULL OR index <= ${input.maxIndex}::int)
      ORDER BY index
      LIMIT ${input.limit}
    ) s`;
  return { total: row?.total ?? 0, lastIndex: row?.lastIndex ?? -1 };
}

/** A human score as stored in Sample.metadata: a number, as text (the calibration queries match it in SQL). */
export const HUMAN_SCORE_PATTERN = "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$";

/**
 * Samples whose metadata holds a numeric human score under `field` (calibration sets), and how many of those fall
 * outside `scale` when one is given (0 otherwise), in one pass.
 */
export async function countHumanScores(
  db: TDb,
  datasetId: string,
  field: string,
  scale?: { min: number; max: number },
): Promise<{ scored: number; offScale: number }> {
  const [row] = await db.$queryRaw<{ scored: number; offScale: number }[]>`
    SELECT count(*)::int AS scored,
           count(*) FILTER (WHERE ${scale !== undefined}
             AND NOT (metadata ->> ${field})::float8 BETWEEN ${scale?.min ?? 0}::float8 AND ${scale?.max ?? 0}::float8
           )::int AS "offScale"
    FROM "Sample"
    WHERE "datasetId" = ${datasetId}::uuid AND metadata ->> ${field} ~ ${HUMAN_SCORE_PATTERN}`;
  return { scored: row?.scored ?? 0, offScale: row?.offScale ?? 0 };
}
