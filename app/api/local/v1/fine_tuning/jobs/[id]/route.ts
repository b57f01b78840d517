import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getLocalJob } from "@/lib/local-models/fine-tune/jobs";
import { ZLocalJobId } from "@/lib/local-models/fine-tune/model-id";
import { ZLocalFineTuningJob } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    params: z.object({ id: ZLocalJobId }),
    response: { status: 200, description: "The job, as OpenAI's API shows it.", json: ZLocalFineTuningJob },
  },
  async ({ params, reply }) => reply(await getLocalJob(prisma, params.id)),
);
