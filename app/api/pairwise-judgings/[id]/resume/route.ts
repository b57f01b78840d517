import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { resumePairwise } from "@/lib/pairwise/control";
import { getPairwiseQueue } from "@/lib/pairwise/queue";
import { ZPairwiseControlled } from "@/lib/api/openapi/responses/pairwise";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "Resumed.", json: ZPairwiseControlled } },
  async ({ params, reply }) => {
    await resumePairwise(prisma, getPairwiseQueue(), params.id);
    return reply({ id: params.id });
  },
);
