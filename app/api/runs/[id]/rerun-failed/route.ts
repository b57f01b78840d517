import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { rerunFailedAndView } from "@/lib/runs/run-actions";
import { getRunQueue } from "@/lib/runs/web-queue";

export const POST = apiRoute({ params: ZIdParams }, async ({ params }) =>
  jsonResponse(await rerunFailedAndView(prisma, getRunQueue(), params.id)),
);
