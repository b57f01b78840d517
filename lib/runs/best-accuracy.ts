import { prisma, type TDb } from "@/lib/db/prisma";

/**
 * The best accuracy (correct / answered) of a completed run of each classification dataset, read from the stored
 * summaries' confusion cells (a cell is correct when its prediction is its expected label): the new-run form's
 * default for "expected accuracy". Only summaries of the run's current generation count (lib/runs/summary.ts).
 */
export async function findBestAccuracyByDataset(db: TDb = prisma): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ datasetId: string; accuracy: number }[]>`
    SELECT r."datasetId"::text AS "datasetId", max(x.correct::float8 / s.answered) AS accuracy
    FROM "Run" r JOIN "RunSummary" s ON s."runId" = r.id AND s.generation = r.generation
    CROSS JOIN LATERAL (
      SELECT coalesce(sum((cell->>'count')::int) FILTER (WHERE cell->>'expected' = cell->>'predicted'), 0) AS correct
      FROM jsonb_array_elements(s.cells) cell
    ) x
    WHERE r.status = 'COMPLETED' AND r.task = 'CLASSIFICATION' AND s.answered > 0
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.datasetId, row.accuracy]));
}
