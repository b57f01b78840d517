import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { exportDecisions } from "@/lib/review/export";
import { ZExportQuery } from "@/lib/review/schemas";
import { EXPORT_MEDIA } from "@/lib/export/media";

export const dynamic = "force-dynamic";

/** GET /api/review-queues/:id/decisions/export?format=csv|jsonl: the whole audit trail. */
export const GET = apiRoute(
  {
    params: ZIdParams,
    query: ZExportQuery,
    response: { status: 200, description: "The decisions as a file.", media: EXPORT_MEDIA },
  },
  async ({ params, query }) => exportDecisions(prisma, params.id, query.format),
);
