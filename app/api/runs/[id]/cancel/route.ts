import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { cancelRun } from "@/lib/runs/control";

import { getRunView } from "@/lib/runs/view";

export const POST = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = await params;
  await cancelRun(prisma, id);
  return Response.json(await getRunView(prisma, id));
});
