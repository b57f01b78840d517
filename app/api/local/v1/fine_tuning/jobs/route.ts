import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createLocalJob } from "@/lib/local-models/fine-tune/jobs";
import { ZCreateJobRequest } from "@/lib/local-models/fine-tune/protocol";
import { ZLocalFineTuningJob } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

/** OpenAI-compatible POST /fine_tuning/jobs: the built-in provider trains a small model on the uploaded file. */
export const POST = apiRoute(
  {
    body: ZCreateJobRequest,
    response: { status: 200, description: "The new job, queued.", json: ZLocalFineTuningJob },
  },
  async ({ body, reply }) => reply(await createLocalJob(prisma, body)),
);
