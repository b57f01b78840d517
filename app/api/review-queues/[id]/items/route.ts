import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { ZReviewItem } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { requireReviewerId } from "@/lib/review/caller";
import { findReviewItem } from "@/lib/review/item";
import { ZItemQuery } from "@/lib/review/schemas";

export const dynamic = "force-dynamic";

/**
 * GET /api/review-queues/:id/items?position=n: one item, its decisions and the queue's progress. With `seek=open`,
 * the caller's next open item from n on (dealt to them or to nobody, not decided by them); 404 when none is left.
 */
export const GET = apiRoute(
  { params: ZIdParams, query: ZItemQuery, response: { status: 200, description: "One item.", json: ZReviewItem } },
  async ({ params, query, request, reply }) =>
    reply(await findReviewItem(prisma, params.id, query, await requireReviewerId(request))),
);
