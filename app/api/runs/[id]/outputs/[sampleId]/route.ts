import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getOutputDetail } from "@/lib/outputs/detail";
import { ZOutputDetail } from "@/lib/api/openapi/responses/runs";

export const dynamic = "force-dynamic";

// Sample ids are Postgres integers: a larger one names nothing.
const ZParams = z.object({ id: z.uuid(), sampleId: z.coerce.number().int().min(1).max(2_147_483_647) });

/** GET /api/runs/:id/outputs/:sampleId: the prompt sent, the raw answer, its parse, the judge's verdicts. */
export const GET = apiRoute(
  { params: ZParams, response: { status: 200, description: "One answer in full.", json: ZOutputDetail } },
  async ({ params, reply }) => reply(await getOutputDetail(prisma, params.id, params.sampleId)),
);
