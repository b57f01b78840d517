import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { exportOutputs } from "@/lib/export/outputs";
import { ZOutputExportQuery } from "@/lib/export/outputs-query";
import { EXPORT_MEDIA } from "@/lib/export/media";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/outputs/export?format=csv|jsonl&<the list's filters>: streamed as an attachment. */
export const GET = apiRoute(
  {
    params: ZIdParams,
    query: ZOutputExportQuery,
    response: { status: 200, description: "The outputs as a file.", media: EXPORT_MEDIA },
  },
  async ({ params, query }) => exportOutputs(prisma, params.id, query, query.format),
);
