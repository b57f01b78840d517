import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { requireReviewerId } from "@/lib/review/caller";
import { createReviewQueue } from "@/lib/review/create-queue";
import { listReviewQueues, ZQueueListQuery } from "@/lib/review/list";
import { ZCreateQueue } from "@/lib/review/schemas";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ body: ZCreateQueue }, async ({ body, request }) =>
  jsonResponse(await createReviewQueue(prisma, body, await requireReviewerId(request)), 201),
);

export const GET = apiRoute({ query: ZQueueListQuery }, async ({ query }) =>
  jsonResponse({ queues: await listReviewQueues(prisma, query) }),
);
