import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { exportLeaderboard } from "@/lib/export/leaderboard";
import { ZLeaderboardExportQuery } from "@/lib/export/leaderboard-query";

export const dynamic = "force-dynamic";

/** GET /api/leaderboard/export?datasetId=&format=csv|jsonl */
export const GET = apiRoute({ query: ZLeaderboardExportQuery }, async ({ query }) =>
  exportLeaderboard(prisma, query.datasetId, query.format),
);
