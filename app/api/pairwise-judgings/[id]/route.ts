import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getPairwiseView } from "@/lib/pairwise/view";
import { ZPairwiseView } from "@/lib/api/openapi/responses/pairwise";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    params: ZIdParams,
    response: { status: 200, description: "The judging, its results, diagnostics and ratings.", json: ZPairwiseView },
  },
  async ({ params, reply }) => reply(await getPairwiseView(prisma, params.id)),
);
