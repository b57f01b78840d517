import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { createFineTune } from "@/lib/finetune/create";
import { ZCreateFineTuneInput } from "@/lib/finetune/schemas";
import { getFineTuneQueue } from "@/lib/finetune/web-queue";

export const dynamic = "force-dynamic";

/** Starts a fine-tune once the user confirmed the estimate (confirmedTrainingTokens); analysts and admins only. */
export const POST = apiRoute({ body: ZCreateFineTuneInput }, async ({ body }) =>
  jsonResponse(await createFineTune(prisma, getFineTuneQueue(), body), 201),
);
