import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { ZReviewItem } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { requireReviewerId } from "@/lib/review/caller";
import { getReviewItem } from "@/lib/review/item";
import { ZItemQuery } from "@/lib/review/schemas";

export const dynamic = "force-dynamic";

/** GET /api/review-queues/:id/items?position=n: one item, its decisions and the queue's progress. */
export const GET = apiRoute(
  { params: ZIdParams, query: ZItemQuery, response: { status: 200, description: "One item.", json: ZReviewItem } },
  async ({ params, query, request, reply }) =>
    reply(await getReviewItem(prisma, params.id, query.position, await requireReviewerId(request))),
);
