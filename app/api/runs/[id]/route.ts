import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getRunView } from "@/lib/runs/view";
import { ZRunView } from "@/lib/api/openapi/responses/runs";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "The run, its progress and metrics.", json: ZRunView } },
  async ({ params, reply }) => reply(await getRunView(prisma, params.id)),
);
