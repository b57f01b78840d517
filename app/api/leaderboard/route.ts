import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getQaBoard } from "@/lib/leaderboard/qa-board";
import { getLeaderboard, ZLeaderboardQuery } from "@/lib/leaderboard/view";

export const dynamic = "force-dynamic";

/** The dataset and its rows; for an open-QA dataset, `qa` holds the judge rows and the reference-overlap rows. */
export const GET = apiRoute(async (request) => {
  const { datasetId } = ZLeaderboardQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const board = await getLeaderboard(prisma, datasetId);
  const qa = board.dataset.task === "OPEN_QA" ? await getQaBoard(prisma, datasetId) : null;
  return Response.json({ ...board, qa }, { headers: { "cache-control": "no-store" } });
});
