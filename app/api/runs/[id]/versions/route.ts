import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { ZVersionBoards } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { getRunVersionScores } from "@/lib/versions/run-scores";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/versions: the run's figures on every version of its dataset, without calling a model. */
export const GET = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "The run on every version.", json: ZVersionBoards } },
  async ({ params, reply }) => reply(await getRunVersionScores(prisma, params.id)),
);
