import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { resumeRun } from "@/lib/runs/control";
import { getRunQueue } from "@/lib/runs/web-queue";
import { getRunView } from "@/lib/runs/view";

export const POST = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = await params;
  await resumeRun(prisma, getRunQueue(), id);
  return Response.json(await getRunView(prisma, id));
});
