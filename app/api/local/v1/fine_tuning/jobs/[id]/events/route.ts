import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { listLocalJobEvents } from "@/lib/local-models/fine-tune/jobs";
import { ZLocalJobId } from "@/lib/local-models/fine-tune/model-id";
import { ZLocalFineTuningEvents } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

const ZEventsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  after: z.string().max(200).optional(),
});

export const GET = apiRoute(
  {
    params: z.object({ id: ZLocalJobId }),
    query: ZEventsQuery,
    response: { status: 200, description: "The job's events, newest first.", json: ZLocalFineTuningEvents },
  },
  async ({ params, query, reply }) => reply(await listLocalJobEvents(prisma, params.id, query.limit)),
);
