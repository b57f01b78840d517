import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { planPairwiseJudging } from "@/lib/pairwise/plan";
import { ZCreatePairwiseInput } from "@/lib/pairwise/schemas";
import { ZPairwisePlan } from "@/lib/api/openapi/responses/pairwise";

export const dynamic = "force-dynamic";

/** POST /api/pairwise-judgings/preview: the same checks as creating, and what it would cost; writes nothing. */
export const POST = apiRoute(
  {
    body: ZCreatePairwiseInput,
    response: { status: 200, description: "The judge calls and the cost estimate.", json: ZPairwisePlan },
  },
  async ({ body, reply }) => {
    const plan = await planPairwiseJudging(prisma, body);
    return reply({ samples: plan.samples, pairs: plan.pairs, calls: plan.calls, estimate: plan.estimate });
  },
);
