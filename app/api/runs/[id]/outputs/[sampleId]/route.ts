import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getOutputDetail } from "@/lib/outputs/detail";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/outputs/:sampleId: the prompt sent, the raw answer, its parse, the judge's verdicts. */
export const GET = apiRoute<{ id: string; sampleId: string }>(async (_request, { params }) => {
  const { id, sampleId } = await params;
  const parsed = z.coerce.number().int().min(1).safeParse(sampleId);
  if (!parsed.success) throw new ApiError(404, "output_not_found", `No output for sample ${sampleId}.`);
  return Response.json(await getOutputDetail(prisma, id, parsed.data), { headers: { "cache-control": "no-store" } });
});
