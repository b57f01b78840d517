import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createJury, getJury, ZCreateJuryInput, ZJuryQuery } from "@/lib/judging/jury";
import { getJudgingQueue } from "@/lib/judging/web-queue";
import { ZJury, ZJuryCreated } from "@/lib/api/openapi/responses/pairwise";

export const dynamic = "force-dynamic";

/** POST /api/judgings/jury: the same answers graded by several judges at once (one judging per target and judge). */
export const POST = apiRoute(
  {
    body: ZCreateJuryInput,
    response: { status: 201, description: "The judgings, per target one per judge.", json: ZJuryCreated },
  },
  async ({ body, reply }) => {
    const { judgeEndpointIds, ...judging } = body;
    return reply(await createJury(prisma, getJudgingQueue(), judging, judgeEndpointIds));
  },
);

/** GET /api/judgings/jury?ids=<judging>,<judging>: the same answers' grades by several judges, read as one jury. */
export const GET = apiRoute(
  {
    query: ZJuryQuery,
    response: { status: 200, description: "The jury's mean grades and the judges' agreement.", json: ZJury },
  },
  async ({ query, reply }) => reply(await getJury(prisma, query.ids)),
);
