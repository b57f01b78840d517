import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { createLocalJob } from "@/lib/local-models/fine-tune/jobs";
import { ZCreateJobRequest } from "@/lib/local-models/fine-tune/protocol";

export const dynamic = "force-dynamic";

/** OpenAI-compatible POST /fine_tuning/jobs: the built-in provider trains a small model on the uploaded file. */
export const POST = apiRoute({ body: ZCreateJobRequest }, async ({ body }) =>
  jsonResponse(await createLocalJob(prisma, body)),
);
