import { z } from "zod";
import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { ZExportFormat } from "@/lib/export/formats";
import { EXPORT_MEDIA } from "@/lib/export/media";
import { exportPairwiseVerdicts } from "@/lib/pairwise/export";

export const dynamic = "force-dynamic";

/** GET /api/pairwise-judgings/:id/export?format=csv|jsonl: every judge call, streamed as an attachment. */
export const GET = apiRoute(
  {
    params: ZIdParams,
    query: z.object({ format: ZExportFormat.default("csv") }),
    response: { status: 200, description: "Every judge call as a file.", media: EXPORT_MEDIA },
  },
  async ({ params, query }) => exportPairwiseVerdicts(prisma, params.id, query.format),
);
