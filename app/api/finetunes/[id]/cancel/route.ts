import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { fineTuneJobs } from "@/lib/finetune/kind";
import { fineTuneNotFound, getFineTuneView } from "@/lib/finetune/view";
import { ZFineTuneView } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

/** Cancels the fine-tune; the workers then cancel the provider's job at their next poll. */
export const POST = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "The cancelled fine-tune.", json: ZFineTuneView } },
  async ({ params, reply }) => {
    await fineTuneJobs.cancel(prisma, params.id);
    const view = await getFineTuneView(prisma, params.id);
    if (!view) throw fineTuneNotFound();
    return reply(view);
  },
);
