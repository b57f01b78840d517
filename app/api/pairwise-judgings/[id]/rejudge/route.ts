import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { rejudgePairwise } from "@/lib/pairwise/create";
import { getPairwiseQueue } from "@/lib/pairwise/queue";
import { ZRejudgeInput } from "@/lib/pairwise/schemas";

export const dynamic = "force-dynamic";

/** POST /api/pairwise-judgings/:id/rejudge: the same comparison judged by another jury (no answering model call). */
export const POST = apiRoute({ params: ZIdParams, body: ZRejudgeInput }, async ({ params, body }) => {
  const { id, plan } = await rejudgePairwise(prisma, getPairwiseQueue(), params.id, body.judgeEndpointIds);
  return jsonResponse({ id, calls: plan.calls, estimate: plan.estimate }, 201);
});
