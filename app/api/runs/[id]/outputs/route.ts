import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { ZOutputFilters } from "@/lib/outputs/filters";
import { findOutputs } from "@/lib/outputs/query";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/outputs?view=&expected=&predicted=&scoreMin=&scoreMax=&judgingId=&q=&group=&cursor=&limit= */
export const GET = apiRoute({ params: ZIdParams, query: ZOutputFilters }, async ({ params, query }) =>
  jsonResponse(await findOutputs(prisma, params.id, query)),
);
