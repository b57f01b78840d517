import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { cancelRunAndView } from "@/lib/runs/run-actions";

export const POST = apiRoute({ params: ZIdParams }, async ({ params }) =>
  jsonResponse(await cancelRunAndView(prisma, params.id)),
);
