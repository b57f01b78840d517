import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { getVersionBoards } from "@/lib/versions/board";

export const dynamic = "force-dynamic";

/** GET /api/datasets/:id/versions: every version, with each completed run scored on it (native or re-scored). */
export const GET = apiRoute({ params: ZIdParams }, async ({ params }) =>
  jsonResponse({ versions: await getVersionBoards(prisma, params.id) }),
);
