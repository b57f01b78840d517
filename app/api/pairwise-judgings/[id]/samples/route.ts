import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { listPairwiseSamples, ZPairwiseSamplesQuery } from "@/lib/pairwise/samples";
import { ZPairwiseSamplesPage } from "@/lib/api/openapi/responses/pairwise";

export const dynamic = "force-dynamic";

/** GET /api/pairwise-judgings/:id/samples?pair=&judge=&outcome=wins|losses|ties|flipped|failed */
export const GET = apiRoute(
  {
    params: ZIdParams,
    query: ZPairwiseSamplesQuery,
    response: { status: 200, description: "The matching verdicts, a page at a time.", json: ZPairwiseSamplesPage },
  },
  async ({ params, query, reply }) => reply(await listPairwiseSamples(prisma, params.id, query)),
);
