import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { ZOutputFilters } from "@/lib/outputs/filters";
import { findOutputs } from "@/lib/outputs/query";
import { ZOutputPage } from "@/lib/api/openapi/responses/runs";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/outputs?view=&expected=&predicted=&scoreMin=&scoreMax=&judgingId=&confidenceMin=&confidenceMax=&q=&group=&sort=&cursor=&limit= */
export const GET = apiRoute(
  {
    params: ZIdParams,
    query: ZOutputFilters,
    response: { status: 200, description: "A page of answers.", json: ZOutputPage },
  },
  async ({ params, query, reply }) => reply(await findOutputs(prisma, params.id, query)),
);
