import { ZIdParams } from "@/lib/api/ids";
import { jsonResponse } from "@/lib/api/response";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { fineTuneNotFound, getFineTuneView } from "@/lib/finetune/view";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: ZIdParams }, async ({ params }) => {
  const view = await getFineTuneView(prisma, params.id);
  if (!view) throw fineTuneNotFound();
  return jsonResponse(view);
});
