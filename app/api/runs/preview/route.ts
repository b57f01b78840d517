import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { previewRuns, ZPreviewRunsInput } from "@/lib/runs/preview";
import { ZRunPreview } from "@/lib/api/openapi/responses/runs";

export const dynamic = "force-dynamic";

/** The rendered prompt of one sample and the cost estimate of the runs POST /api/runs would create; writes nothing. */
export const POST = apiRoute(
  {
    body: ZPreviewRunsInput,
    response: { status: 200, description: "The first prompt and the cost estimate.", json: ZRunPreview },
  },
  async ({ body, reply }) => reply(await previewRuns(prisma, body)),
);
