import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { exportOutputs } from "@/lib/export/outputs";
import { ZExportFormat } from "@/lib/export/formats";
import { firstValues, parseOutputFilters } from "@/lib/outputs/filters";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/outputs/export?format=csv|jsonl&<the list's filters>: streamed as an attachment. */
export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const searchParams = new URL(request.url).searchParams;
  const { format } = z.object({ format: ZExportFormat.default("csv") }).parse(firstValues(searchParams));
  return exportOutputs(prisma, id, parseOutputFilters(searchParams), format);
});
