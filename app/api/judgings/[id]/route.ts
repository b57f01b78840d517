import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getJudgingView } from "@/lib/judging/view";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const id = z.uuid().parse((await params).id);
  return Response.json(await getJudgingView(prisma, id), { headers: { "cache-control": "no-store" } });
});
