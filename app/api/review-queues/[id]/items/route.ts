import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { requireReviewerId } from "@/lib/review/caller";
import { getReviewItem } from "@/lib/review/item";
import { ZItemQuery } from "@/lib/review/schemas";

export const dynamic = "force-dynamic";

/** GET /api/review-queues/:id/items?position=n: one item, its decisions and the queue's progress. */
export const GET = apiRoute({ params: ZIdParams, query: ZItemQuery }, async ({ params, query, request }) =>
  jsonResponse(await getReviewItem(prisma, params.id, query.position, await requireReviewerId(request))),
);
