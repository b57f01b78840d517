import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { getComparison } from "@/lib/compare/view";
import { ZCompareQuery } from "@/lib/compare/schemas";
import { prisma } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

/**
 * GET /api/compare?a=<runId>&b=<runId | dataset>[&judge=&side=&cursor=&limit=]: the paired test and the disagreeing
 * samples. Classification: exact McNemar. Open QA: judge scores of one common judge (Wilcoxon, paired bootstrap).
 */
export const GET = apiRoute({ query: ZCompareQuery }, async ({ query }) =>
  jsonResponse(await getComparison(prisma, query)),
);
