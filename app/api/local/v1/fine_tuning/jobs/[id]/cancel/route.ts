import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { cancelLocalJob } from "@/lib/local-models/fine-tune/jobs";
import { ZLocalJobId } from "@/lib/local-models/fine-tune/model-id";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ params: z.object({ id: ZLocalJobId }) }, async ({ params }) =>
  jsonResponse(await cancelLocalJob(prisma, params.id)),
);
