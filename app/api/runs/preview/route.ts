import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { readJsonBody } from "@/lib/endpoints/http";
import { previewRuns, ZPreviewRunsInput } from "@/lib/runs/preview";

export const dynamic = "force-dynamic";

/** The rendered prompt of one sample and the cost estimate of the runs POST /api/runs would create; writes nothing. */
export const POST = apiRoute(async (request) => {
  const input = ZPreviewRunsInput.parse(await readJsonBody(request));
  return Response.json(await previewRuns(prisma, input), { headers: { "cache-control": "no-store" } });
});
