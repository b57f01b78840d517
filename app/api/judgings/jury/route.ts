import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { createJury, getJury, ZCreateJuryInput, ZJuryQuery } from "@/lib/judging/jury";
import { getJudgingQueue } from "@/lib/judging/web-queue";

export const dynamic = "force-dynamic";

/** POST /api/judgings/jury: the same answers graded by several judges at once (one judging per target and judge). */
export const POST = apiRoute({ body: ZCreateJuryInput }, async ({ body }) => {
  const { judgeEndpointIds, ...judging } = body;
  return jsonResponse(await createJury(prisma, getJudgingQueue(), judging, judgeEndpointIds), 201);
});

/** GET /api/judgings/jury?ids=<judging>,<judging>: the same answers' grades by several judges, read as one jury. */
export const GET = apiRoute({ query: ZJuryQuery }, async ({ query }) => jsonResponse(await getJury(prisma, query.ids)));
