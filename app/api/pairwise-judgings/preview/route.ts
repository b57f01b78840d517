import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { planPairwiseJudging } from "@/lib/pairwise/plan";
import { ZCreatePairwiseInput } from "@/lib/pairwise/schemas";

export const dynamic = "force-dynamic";

/** POST /api/pairwise-judgings/preview: the same checks as creating, and what it would cost; writes nothing. */
export const POST = apiRoute({ body: ZCreatePairwiseInput }, async ({ body }) => {
  const plan = await planPairwiseJudging(prisma, body);
  return jsonResponse({ samples: plan.samples, pairs: plan.pairs, calls: plan.calls, estimate: plan.estimate });
});
