import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { parseOutputFilters } from "@/lib/outputs/filters";
import { findOutputs } from "@/lib/outputs/query";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/outputs?view=&expected=&predicted=&scoreMin=&scoreMax=&judgingId=&q=&group=&cursor=&limit= */
export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const filters = parseOutputFilters(new URL(request.url).searchParams);
  return Response.json(await findOutputs(prisma, id, filters), { headers: { "cache-control": "no-store" } });
});
