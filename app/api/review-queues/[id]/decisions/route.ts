import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { ZDecisionCreated } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { requireReviewerId } from "@/lib/review/caller";
import { recordDecision } from "@/lib/review/decide";
import { ZDecision } from "@/lib/review/schemas";

export const dynamic = "force-dynamic";

/** POST /api/review-queues/:id/decisions: one decision, appended (undo is { kind: "UNDO" }). */
export const POST = apiRoute(
  {
    params: ZIdParams,
    body: ZDecision,
    response: { status: 201, description: "The decision.", json: ZDecisionCreated },
  },
  async ({ params, body, request, reply }) => {
    const decision = await recordDecision(prisma, params.id, await requireReviewerId(request), body);
    return reply({ id: decision.id, kind: decision.kind, createdAt: decision.createdAt.toISOString() });
  },
);
