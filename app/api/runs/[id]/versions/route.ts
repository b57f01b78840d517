import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { getRunVersionScores } from "@/lib/versions/run-scores";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/versions: the run's figures on every version of its dataset, without calling a model. */
export const GET = apiRoute({ params: ZIdParams }, async ({ params }) =>
  jsonResponse(await getRunVersionScores(prisma, params.id)),
);
