import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { getClassificationLeaderboard } from "./classification";
import type { TLeaderboard } from "./types";

export const ZLeaderboardQuery = z.object({ datasetId: z.uuid() });
export type TLeaderboardQuery = z.infer<typeof ZLeaderboardQuery>;

export type TLeaderboardDatasetOption = { id: string; name: string; task: "CLASSIFICATION" | "OPEN_QA"; runs: number };

/**
 * Datasets that have completed or running runs, the one with the latest run first (the page's default), so the
 * picker never offers an empty board.
 */
export async function findLeaderboardDatasets(db: TDb): Promise<TLeaderboardDatasetOption[]> {
  return db.$queryRaw<TLeaderboardDatasetOption[]>`
    SELECT d.id::text AS id, d.name, d.task::text AS task, count(r.id)::int AS runs
    FROM "Dataset" d JOIN "Run" r ON r."datasetId" = d.id
    WHERE r.status IN ('COMPLETED', 'RUNNING')
    GROUP BY d.id
    ORDER BY max(r."createdAt") DESC`;
}

/** GET /api/leaderboard: the dataset and its rows; open-QA boards wait for judgings, so they have no rows yet. */
export async function getLeaderboard(db: TDb, datasetId: string): Promise<TLeaderboard> {
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: { id: true, name: true, task: true, labels: true },
  });
  if (!dataset) throw new ApiError(404, "dataset_not_found", `Dataset ${datasetId} does not exist.`);
  const rows = dataset.task === "CLASSIFICATION" ? await getClassificationLeaderboard(db, dataset) : [];
  return { dataset, rows };
}
