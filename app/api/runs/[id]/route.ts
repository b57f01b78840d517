import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { getRunView } from "@/lib/runs/view";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: ZIdParams }, async ({ params }) =>
  jsonResponse(await getRunView(prisma, params.id)),
);
