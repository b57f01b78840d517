import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { findJudgementsPage, ZJudgementFilter } from "@/lib/judging/judgements-page";
import { ZJudgementsPage } from "@/lib/api/openapi/responses/judgings";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    params: ZIdParams,
    query: ZJudgementFilter,
    response: { status: 200, description: "A page of judgements.", json: ZJudgementsPage },
  },
  async ({ params, query, reply }) => reply(await findJudgementsPage(prisma, params.id, query)),
);
