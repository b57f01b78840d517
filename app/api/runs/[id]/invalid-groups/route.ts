import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { getInvalidGroups } from "@/lib/outputs/invalid-groups";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/invalid-groups: invalid answers grouped by normalised text, largest group first. */
export const GET = apiRoute({ params: ZIdParams }, async ({ params }) =>
  jsonResponse(await getInvalidGroups(prisma, params.id)),
);
