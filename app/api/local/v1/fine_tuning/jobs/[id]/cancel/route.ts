import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { cancelLocalJob } from "@/lib/local-models/fine-tune/jobs";
import { ZLocalJobId } from "@/lib/local-models/fine-tune/model-id";
import { ZLocalFineTuningJob } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    params: z.object({ id: ZLocalJobId }),
    response: { status: 200, description: "The cancelled job.", json: ZLocalFineTuningJob },
  },
  async ({ params, reply }) => reply(await cancelLocalJob(prisma, params.id)),
);
