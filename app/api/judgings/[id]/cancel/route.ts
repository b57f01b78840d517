import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { cancelJudging } from "@/lib/judging/control";
import { ZJudgingCancelled } from "@/lib/api/openapi/responses/judgings";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "Cancelled.", json: ZJudgingCancelled } },
  async ({ params, reply }) => {
    await cancelJudging(prisma, params.id);
    return reply({ id: params.id, status: "CANCELLED" });
  },
);
