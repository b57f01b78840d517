import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getLeaderboard, ZLeaderboardQuery } from "@/lib/leaderboard/view";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const { datasetId } = ZLeaderboardQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await getLeaderboard(prisma, datasetId), { headers: { "cache-control": "no-store" } });
});
