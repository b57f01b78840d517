import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { resumeJudging } from "@/lib/judging/control";
import { getJudgingQueue } from "@/lib/judging/web-queue";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ params: ZIdParams }, async ({ params }) => {
  await resumeJudging(prisma, getJudgingQueue(), params.id);
  return jsonResponse({ id: params.id });
});
