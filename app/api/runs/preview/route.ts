import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { previewRuns, ZPreviewRunsInput } from "@/lib/runs/preview";

export const dynamic = "force-dynamic";

/** The rendered prompt of one sample and the cost estimate of the runs POST /api/runs would create; writes nothing. */
export const POST = apiRoute({ body: ZPreviewRunsInput }, async ({ body }) =>
  jsonResponse(await previewRuns(prisma, body)),
);
