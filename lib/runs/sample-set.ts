import type { TDb } from "@/lib/db/prisma";
import { expectedOnVersion, keptByVersion } from "@/lib/versions/kept-samples";
import { SHOT_SPARES } from "./shots";

/**
 * A run evaluates the first `limit` samples of one split that its dataset version keeps, in file order. Returns how
 * many there are and the highest index among them (the run's boundary, stored with it).
 */
export async function measureSampleSet(
  db: TDb,
  input: { datasetId: string; split: "TRAIN" | "TEST"; limit?: number | undefined; versionId: string | null },
): Promise<{ total: number; lastIndex: number; avgInputChars: number }> {
  const rows = await db.$queryRaw<{ total: number; lastIndex: number | null; avgChars: number | null }[]>`
    SELECT count(*)::int AS total, max(index) AS "lastIndex", avg(length(input))::float8 AS "avgChars"
    FROM (
      SELECT s.index, s.input FROM "Sample" s
      WHERE s."datasetId" = ${input.datasetId}::uuid AND s.split = ${input.split}::"Split" ${keptByVersion(input.versionId)}
      ORDER BY s.index
      LIMIT ${input.limit ?? null}
    ) s`;
  const row = rows[0];
  return { total: row?.total ?? 0, lastIndex: row?.lastIndex ?? -1, avgInputChars: row?.avgChars ?? 0 };
}

/**
 * k-shot candidates: k + SHOT_SPARES TRAIN samples of the run's dataset version (its exclusions left out, its
 * corrected labels shown) chosen by a hash of (seed, index), the same for every sample of the run; pickShotsFor takes
 * the first k that are not the query's own text.
 */
export async function drawShots(
  db: TDb,
  input: { datasetId: string; shots: number; seed: number; versionId: string | null },
): Promise<{ input: string; expected: string }[]> {
  if (input.shots === 0) return [];
  return db.$queryRaw<{ input: string; expected: string }[]>`
    SELECT s.input, ${expectedOnVersion(input.versionId)} AS expected FROM "Sample" s
    WHERE s."datasetId" = ${input.datasetId}::uuid AND s.split = 'TRAIN' ${keptByVersion(input.versionId)}
    ORDER BY md5(${String(input.seed)} || ':' || s.index), s.index
    LIMIT ${input.shots + SHOT_SPARES}`;
}
