import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { resumeJudging } from "@/lib/judging/control";
import { getJudgingQueue } from "@/lib/judging/web-queue";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>(async (_request, { params }) => {
  const id = z.uuid().parse((await params).id);
  await resumeJudging(prisma, getJudgingQueue(), id);
  return Response.json({ id });
});
