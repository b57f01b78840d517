import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createJudgings } from "@/lib/judging/create";
import { listJudgings } from "@/lib/judging/list";
import { ZJudgingListQuery } from "@/lib/judging/list-query";
import { ZCreateJudgingsInput } from "@/lib/judging/schemas";
import { getJudgingQueue } from "@/lib/judging/web-queue";
import { ZJudgingList } from "@/lib/api/openapi/responses/judgings";
import { ZCreatedIds } from "@/lib/api/openapi/responses/shared";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  { body: ZCreateJudgingsInput, response: { status: 201, description: "The new judgings.", json: ZCreatedIds } },
  async ({ body, reply }) => {
    const { ids } = await createJudgings(prisma, getJudgingQueue(), body);
    return reply({ id: ids[0], ids });
  },
);

export const GET = apiRoute(
  { query: ZJudgingListQuery, response: { status: 200, description: "Judgings, newest first.", json: ZJudgingList } },
  async ({ query, reply }) => reply({ judgings: await listJudgings(prisma, query) }),
);
