import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { fineTuneNotFound, getFineTuneView } from "@/lib/finetune/view";
import { ZFineTuneView } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "The fine-tune.", json: ZFineTuneView } },
  async ({ params, reply }) => {
    const view = await getFineTuneView(prisma, params.id);
    if (!view) throw fineTuneNotFound();
    return reply(view);
  },
);
