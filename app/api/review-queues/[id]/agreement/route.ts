import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { ZReviewStats } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { getQueueAgreement } from "@/lib/review/agreement";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "Agreement between reviewers.", json: ZReviewStats } },
  async ({ params, reply }) => reply(await getQueueAgreement(prisma, params.id)),
);
