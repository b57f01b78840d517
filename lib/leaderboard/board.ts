import type { TDb } from "@/lib/db/prisma";
import { getQaBoard } from "./qa-board";
import { getLeaderboard } from "./view";

/** The dataset and its rows; for an open-QA dataset, `qa` holds the judge rows and the reference-overlap rows. */
export async function getLeaderboardBoard(db: TDb, datasetId: string) {
  const board = await getLeaderboard(db, datasetId);
  const qa = board.dataset.task === "OPEN_QA" ? await getQaBoard(db, datasetId) : null;
  return { ...board, qa };
}
