import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createPairwiseJudging } from "@/lib/pairwise/create";
import { listPairwiseJudgings } from "@/lib/pairwise/list";
import { getPairwiseQueue } from "@/lib/pairwise/queue";
import { ZCreatePairwiseInput } from "@/lib/pairwise/schemas";
import { ZPairwiseCreated, ZPairwiseList } from "@/lib/api/openapi/responses/pairwise";

export const dynamic = "force-dynamic";

/** POST /api/pairwise-judgings: creates a pairwise judging; answers its id, judge calls and cost estimate. */
export const POST = apiRoute(
  {
    body: ZCreatePairwiseInput,
    response: { status: 201, description: "The new pairwise judging and what it will cost.", json: ZPairwiseCreated },
  },
  async ({ body, reply }) => {
    const { id, plan } = await createPairwiseJudging(prisma, getPairwiseQueue(), body);
    return reply({ id, samples: plan.samples, pairs: plan.pairs, calls: plan.calls, estimate: plan.estimate });
  },
);

export const GET = apiRoute(
  { response: { status: 200, description: "Pairwise judgings, newest first.", json: ZPairwiseList } },
  async ({ reply }) => reply({ pairwiseJudgings: await listPairwiseJudgings(prisma) }),
);
