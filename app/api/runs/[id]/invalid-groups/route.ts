import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { getInvalidGroups } from "@/lib/outputs/invalid-groups";
import { ZInvalidGroups } from "@/lib/api/openapi/responses/runs";

export const dynamic = "force-dynamic";

/** GET /api/runs/:id/invalid-groups: invalid answers grouped by normalised text, largest group first. */
export const GET = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "Invalid answers, grouped.", json: ZInvalidGroups } },
  async ({ params, reply }) => reply(await getInvalidGroups(prisma, params.id)),
);
