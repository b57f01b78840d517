import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { ZVersionBoards } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { getVersionBoards } from "@/lib/versions/board";

export const dynamic = "force-dynamic";

/** GET /api/datasets/:id/versions: every version, with each completed run scored on it (native or re-scored). */
export const GET = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "Runs on every version.", json: ZVersionBoards } },
  async ({ params, reply }) => reply({ versions: await getVersionBoards(prisma, params.id) }),
);
