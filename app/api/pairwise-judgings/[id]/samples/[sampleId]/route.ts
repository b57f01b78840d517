import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getPairwiseSample } from "@/lib/pairwise/samples";
import { ZPairwiseSample } from "@/lib/api/openapi/responses/pairwise";

export const dynamic = "force-dynamic";

const ZParams = z.object({ id: z.uuid(), sampleId: z.coerce.number().int().min(1).max(2_147_483_647) });
const ZQuery = z.object({ pair: z.coerce.number().int().min(0).max(1000).default(0) });

/** GET /api/pairwise-judgings/:id/samples/:sampleId?pair=: both answers and every judge's two verdicts. */
export const GET = apiRoute(
  {
    params: ZParams,
    query: ZQuery,
    response: { status: 200, description: "Both answers and every judge's two verdicts.", json: ZPairwiseSample },
  },
  async ({ params, query, reply }) => reply(await getPairwiseSample(prisma, params.id, params.sampleId, query.pair)),
);
