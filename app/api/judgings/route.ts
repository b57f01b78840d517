import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createJudgings } from "@/lib/judging/create";
import { listJudgings } from "@/lib/judging/list";
import { ZCreateJudgingsInput } from "@/lib/judging/schemas";
import { getJudgingQueue } from "@/lib/judging/web-queue";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const input = ZCreateJudgingsInput.parse(await request.json());
  const { ids } = await createJudgings(prisma, getJudgingQueue(), input);
  return Response.json({ id: ids[0], ids }, { status: 201 });
});

export const GET = apiRoute(async (request) => {
  const params = new URL(request.url).searchParams;
  const judgings = await listJudgings(prisma, { datasetId: params.get("datasetId"), runId: params.get("runId") });
  return Response.json({ judgings }, { headers: { "cache-control": "no-store" } });
});
