import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { cancelRunAndView } from "@/lib/runs/run-actions";
import { ZRunView } from "@/lib/api/openapi/responses/runs";

export const POST = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "The cancelled run.", json: ZRunView } },
  async ({ params, reply }) => reply(await cancelRunAndView(prisma, params.id)),
);
