import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { listJudgements, ZJudgementFilter } from "@/lib/judging/judgements";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const id = z.uuid().parse((await params).id);
  const filter = ZJudgementFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await listJudgements(prisma, id, filter);
  if (!page) throw new ApiError(404, "judging_not_found", `Judging ${id} does not exist.`);
  return Response.json(page, { headers: { "cache-control": "no-store" } });
});
