import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createFineTune } from "@/lib/finetune/create";
import { ZCreateFineTuneInput } from "@/lib/finetune/schemas";
import { getFineTuneQueue } from "@/lib/finetune/web-queue";
import { ZCreatedFineTune } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

/** Starts a fine-tune once the user confirmed the estimate (confirmedTrainingTokens); analysts and admins only. */
export const POST = apiRoute(
  {
    body: ZCreateFineTuneInput,
    response: { status: 201, description: "The new fine-tune, queued.", json: ZCreatedFineTune },
  },
  async ({ body, reply }) => reply(await createFineTune(prisma, getFineTuneQueue(), body)),
);
