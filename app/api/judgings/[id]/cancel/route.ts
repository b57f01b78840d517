import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { cancelJudging } from "@/lib/judging/control";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>(async (_request, { params }) => {
  const id = z.uuid().parse((await params).id);
  await cancelJudging(prisma, id);
  return Response.json({ id, status: "CANCELLED" });
});
