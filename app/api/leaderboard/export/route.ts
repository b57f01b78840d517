import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { exportLeaderboard } from "@/lib/export/leaderboard";
import { ZLeaderboardExportQuery } from "@/lib/export/leaderboard-query";
import { EXPORT_MEDIA } from "@/lib/export/media";

export const dynamic = "force-dynamic";

/** GET /api/leaderboard/export?datasetId=&format=csv|jsonl */
export const GET = apiRoute(
  {
    query: ZLeaderboardExportQuery,
    response: { status: 200, description: "The leaderboard as a file.", media: EXPORT_MEDIA },
  },
  async ({ query }) => exportLeaderboard(prisma, query.datasetId, query.format),
);
