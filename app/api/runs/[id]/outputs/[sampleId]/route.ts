import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { getOutputDetail } from "@/lib/outputs/detail";

export const dynamic = "force-dynamic";

// Sample ids are Postgres integers: a larger one names nothing.
const ZParams = z.object({ id: z.uuid(), sampleId: z.coerce.number().int().min(1).max(2_147_483_647) });

/** GET /api/runs/:id/outputs/:sampleId: the prompt sent, the raw answer, its parse, the judge's verdicts. */
export const GET = apiRoute({ params: ZParams }, async ({ params }) =>
  jsonResponse(await getOutputDetail(prisma, params.id, params.sampleId)),
);
