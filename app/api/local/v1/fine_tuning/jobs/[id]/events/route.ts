import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { listLocalJobEvents } from "@/lib/local-models/fine-tune/jobs";
import { ZLocalJobId } from "@/lib/local-models/fine-tune/model-id";

export const dynamic = "force-dynamic";

const ZEventsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  after: z.string().max(200).optional(),
});

export const GET = apiRoute({ params: z.object({ id: ZLocalJobId }), query: ZEventsQuery }, async ({ params, query }) =>
  jsonResponse(await listLocalJobEvents(prisma, params.id, query.limit)),
);
