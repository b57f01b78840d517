import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { cancelPairwise } from "@/lib/pairwise/control";
import { ZPairwiseControlled } from "@/lib/api/openapi/responses/pairwise";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "Cancelled.", json: ZPairwiseControlled } },
  async ({ params, reply }) => {
    await cancelPairwise(prisma, params.id);
    return reply({ id: params.id });
  },
);
