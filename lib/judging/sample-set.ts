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

/** Samples whose metadata holds a numeric human score under `field` (calibration sets); with `outside`, only those off that scale. */
export async function countHumanScores(
  db: TDb,
  datasetId: string,
  field: string,
  outside?: { min: number; max: number },
): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Sample"
    WHERE "datasetId" = ${datasetId}::uuid AND metadata ->> ${field} ~ '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$'
      AND (${outside === undefined}
           OR NOT (metadata ->> ${field})::float8 BETWEEN ${outside?.min ?? 0}::float8 AND ${outside?.max ?? 0}::float8)`;
  return row?.count ?? 0;
}
