import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { getLeaderboardBoard } from "@/lib/leaderboard/board";
import { ZLeaderboardQuery } from "@/lib/leaderboard/view";

export const dynamic = "force-dynamic";

/** The dataset and its rows; for an open-QA dataset, `qa` holds the judge rows and the reference-overlap rows. */
export const GET = apiRoute({ query: ZLeaderboardQuery }, async ({ query }) =>
  jsonResponse(await getLeaderboardBoard(prisma, query.datasetId)),
);
