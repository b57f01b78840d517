import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { createJudgings } from "@/lib/judging/create";
import { listJudgings } from "@/lib/judging/list";
import { ZJudgingListQuery } from "@/lib/judging/list-query";
import { ZCreateJudgingsInput } from "@/lib/judging/schemas";
import { getJudgingQueue } from "@/lib/judging/web-queue";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ body: ZCreateJudgingsInput }, async ({ body }) => {
  const { ids } = await createJudgings(prisma, getJudgingQueue(), body);
  return jsonResponse({ id: ids[0], ids }, 201);
});

export const GET = apiRoute({ query: ZJudgingListQuery }, async ({ query }) =>
  jsonResponse({ judgings: await listJudgings(prisma, query) }),
);
