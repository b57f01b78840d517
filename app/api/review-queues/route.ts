import { apiRoute } from "@/lib/api/route";
import { ZQueueCreated, ZQueueList } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { requireReviewerId } from "@/lib/review/caller";
import { createReviewQueue } from "@/lib/review/create-queue";
import { listReviewQueues, ZQueueListQuery } from "@/lib/review/list";
import { ZCreateQueue } from "@/lib/review/schemas";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  { body: ZCreateQueue, response: { status: 201, description: "The new queue.", json: ZQueueCreated } },
  async ({ body, request, reply }) => reply(await createReviewQueue(prisma, body, await requireReviewerId(request))),
);

export const GET = apiRoute(
  { query: ZQueueListQuery, response: { status: 200, description: "Review queues.", json: ZQueueList } },
  async ({ query, reply }) => reply({ queues: await listReviewQueues(prisma, query) }),
);
