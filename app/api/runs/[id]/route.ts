import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getRunView } from "@/lib/runs/view";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = await params;
  return Response.json(await getRunView(prisma, id), { headers: { "cache-control": "no-store" } });
});
