import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getJudgingView } from "@/lib/judging/view";
import { ZJudgingView } from "@/lib/api/openapi/responses/judgings";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    params: ZIdParams,
    response: { status: 200, description: "The judging, its progress and grades.", json: ZJudgingView },
  },
  async ({ params, reply }) => reply(await getJudgingView(prisma, params.id)),
);
