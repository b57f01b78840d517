import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { ZAccepted } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { acceptQueue } from "@/lib/review/accept";
import { requireReviewerId } from "@/lib/review/caller";
import { getProducer } from "@/lib/queue/producer";
import { queueVersionRescore } from "@/lib/versions/rescore-job";

export const dynamic = "force-dynamic";

/**
 * POST /api/review-queues/:id/accept: the agreed corrections, exclusions and aliases as a new dataset version; every
 * past run of the dataset is then re-scored on it by the workers (no model call).
 */
export const POST = apiRoute(
  { params: ZIdParams, response: { status: 201, description: "The new version.", json: ZAccepted } },
  async ({ params, request, reply }) => {
    const accepted = await acceptQueue(prisma, params.id, await requireReviewerId(request));
    await queueVersionRescore(prisma, getProducer(), accepted.version.id);
    return reply(accepted);
  },
);
