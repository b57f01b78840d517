import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { acceptQueue } from "@/lib/review/accept";
import { requireReviewerId } from "@/lib/review/caller";

export const dynamic = "force-dynamic";

/** POST /api/review-queues/:id/accept: the agreed corrections, exclusions and aliases as a new dataset version. */
export const POST = apiRoute({ params: ZIdParams }, async ({ params, request }) =>
  jsonResponse(await acceptQueue(prisma, params.id, await requireReviewerId(request)), 201),
);
