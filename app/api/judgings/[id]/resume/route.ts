import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { resumeJudging } from "@/lib/judging/control";
import { getJudgingQueue } from "@/lib/judging/web-queue";
import { ZJudgingResumed } from "@/lib/api/openapi/responses/judgings";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "Resumed.", json: ZJudgingResumed } },
  async ({ params, reply }) => {
    await resumeJudging(prisma, getJudgingQueue(), params.id);
    return reply({ id: params.id });
  },
);
