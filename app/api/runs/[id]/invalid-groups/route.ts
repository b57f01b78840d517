import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getInvalidGroups } from "@/lib/outputs/invalid-groups";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/invalid-groups: invalid answers grouped by normalised text, largest group first. */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = await params;
  return Response.json(await getInvalidGroups(prisma, id), { headers: { "cache-control": "no-store" } });
});
