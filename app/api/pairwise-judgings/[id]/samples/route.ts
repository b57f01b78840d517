import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { listPairwiseSamples, ZPairwiseSamplesQuery } from "@/lib/pairwise/samples";

export const dynamic = "force-dynamic";

/** GET /api/pairwise-judgings/:id/samples?pair=&judge=&outcome=wins|losses|ties|flipped|failed */
export const GET = apiRoute({ params: ZIdParams, query: ZPairwiseSamplesQuery }, async ({ params, query }) =>
  jsonResponse(await listPairwiseSamples(prisma, params.id, query)),
);
