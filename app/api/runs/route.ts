import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createRuns } from "@/lib/runs/create";
import { listRuns } from "@/lib/runs/list";
import { ZCreateRunsInput } from "@/lib/runs/schemas";
import { getRunQueue } from "@/lib/runs/web-queue";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const input = ZCreateRunsInput.parse(await request.json());
  const { ids } = await createRuns(prisma, getRunQueue(), input);
  return Response.json({ id: ids[0], ids }, { status: 201 });
});

export const GET = apiRoute(async (request) => {
  const datasetId = new URL(request.url).searchParams.get("datasetId");
  return Response.json({ runs: await listRuns(prisma, { datasetId }) });
});
