import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { findJudgementsPage, ZJudgementFilter } from "@/lib/judging/judgements-page";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: ZIdParams, query: ZJudgementFilter }, async ({ params, query }) =>
  jsonResponse(await findJudgementsPage(prisma, params.id, query)),
);
