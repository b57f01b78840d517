import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { ZReviewStats } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { getQueueCalibration } from "@/lib/review/calibration";

export const dynamic = "force-dynamic";

/** GET /api/review-queues/:id/calibration: the queue's judge against the grades its reviewers gave in the app. */
export const GET = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "Judge calibration.", json: ZReviewStats } },
  async ({ params, reply }) => reply(await getQueueCalibration(prisma, params.id)),
);
