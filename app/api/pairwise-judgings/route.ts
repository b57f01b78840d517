import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { createPairwiseJudging } from "@/lib/pairwise/create";
import { listPairwiseJudgings } from "@/lib/pairwise/list";
import { getPairwiseQueue } from "@/lib/pairwise/queue";
import { ZCreatePairwiseInput } from "@/lib/pairwise/schemas";

export const dynamic = "force-dynamic";

/** POST /api/pairwise-judgings: creates a pairwise judging; answers its id, judge calls and cost estimate. */
export const POST = apiRoute({ body: ZCreatePairwiseInput }, async ({ body }) => {
  const { id, plan } = await createPairwiseJudging(prisma, getPairwiseQueue(), body);
  return jsonResponse(
    { id, samples: plan.samples, pairs: plan.pairs, calls: plan.calls, estimate: plan.estimate },
    201,
  );
});

export const GET = apiRoute({}, async () => jsonResponse({ pairwiseJudgings: await listPairwiseJudgings(prisma) }));
