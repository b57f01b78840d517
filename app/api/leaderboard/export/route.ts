import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { exportLeaderboard } from "@/lib/export/leaderboard";
import { ZExportFormat } from "@/lib/export/formats";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ datasetId: z.uuid(), format: ZExportFormat.default("csv") });

/** GET /api/leaderboard/export?datasetId=&format=csv|jsonl */
export const GET = apiRoute(async (request) => {
  const { datasetId, format } = ZQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return exportLeaderboard(prisma, datasetId, format);
});
