import { apiRoute } from "@/lib/api/route";
import { getComparison } from "@/lib/compare/view";
import { ZCompareQuery } from "@/lib/compare/schemas";
import { prisma } from "@/lib/db/prisma";
import { ZComparison } from "@/lib/api/openapi/responses/board";

export const dynamic = "force-dynamic";

/**
 * GET /api/compare?a=<runId>&b=<runId | dataset>[&judge=&side=&cursor=&limit=]: the paired test and the disagreeing
 * samples. Classification: exact McNemar. Open QA: judge scores of one common judge (Wilcoxon, paired bootstrap).
 */
export const GET = apiRoute(
  {
    query: ZCompareQuery,
    response: { status: 200, description: "The paired test and a page of disagreements.", json: ZComparison },
  },
  async ({ query, reply }) => reply(await getComparison(prisma, query)),
);
