import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { requireReviewerId } from "@/lib/review/caller";
import { recordDecision } from "@/lib/review/decide";
import { ZDecision } from "@/lib/review/schemas";

export const dynamic = "force-dynamic";

/** POST /api/review-queues/:id/decisions: one decision, appended (undo is { kind: "UNDO" }). */
export const POST = apiRoute({ params: ZIdParams, body: ZDecision }, async ({ params, body, request }) => {
  const decision = await recordDecision(prisma, params.id, await requireReviewerId(request), body);
  return jsonResponse({ id: decision.id, kind: decision.kind, createdAt: decision.createdAt.toISOString() }, 201);
});
