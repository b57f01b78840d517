import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { getQueueAgreement } from "@/lib/review/agreement";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: ZIdParams }, async ({ params }) =>
  jsonResponse(await getQueueAgreement(prisma, params.id)),
);
