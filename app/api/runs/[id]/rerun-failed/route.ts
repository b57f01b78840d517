import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { rerunFailedAndView } from "@/lib/runs/run-actions";
import { getRunQueue } from "@/lib/runs/web-queue";
import { ZRunView } from "@/lib/api/openapi/responses/runs";

export const POST = apiRoute(
  {
    params: ZIdParams,
    response: { status: 200, description: "The run, its failed samples queued again.", json: ZRunView },
  },
  async ({ params, reply }) => reply(await rerunFailedAndView(prisma, getRunQueue(), params.id)),
);
