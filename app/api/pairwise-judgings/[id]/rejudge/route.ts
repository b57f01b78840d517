import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { rejudgePairwise } from "@/lib/pairwise/create";
import { getPairwiseQueue } from "@/lib/pairwise/queue";
import { ZRejudgeInput } from "@/lib/pairwise/schemas";
import { ZPairwiseRejudged } from "@/lib/api/openapi/responses/pairwise";

export const dynamic = "force-dynamic";

/** POST /api/pairwise-judgings/:id/rejudge: the same comparison judged by another jury (no answering model call). */
export const POST = apiRoute(
  {
    params: ZIdParams,
    body: ZRejudgeInput,
    response: { status: 201, description: "The new pairwise judging.", json: ZPairwiseRejudged },
  },
  async ({ params, body, reply }) => {
    const { id, plan } = await rejudgePairwise(prisma, getPairwiseQueue(), params.id, body.judgeEndpointIds);
    return reply({ id, calls: plan.calls, estimate: plan.estimate });
  },
);
