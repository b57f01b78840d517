import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getLeaderboardBoard } from "@/lib/leaderboard/board";
import { ZLeaderboardQuery } from "@/lib/leaderboard/view";
import { ZLeaderboard } from "@/lib/api/openapi/responses/board";

export const dynamic = "force-dynamic";

/** The dataset and its rows; for an open-QA dataset, `qa` holds the judge rows and the reference-overlap rows. */
export const GET = apiRoute(
  {
    query: ZLeaderboardQuery,
    response: { status: 200, description: "The dataset's leaderboard.", json: ZLeaderboard },
  },
  async ({ query, reply }) => reply(await getLeaderboardBoard(prisma, query.datasetId)),
);
