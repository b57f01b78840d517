import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { cancelPairwise } from "@/lib/pairwise/control";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ params: ZIdParams }, async ({ params }) => {
  await cancelPairwise(prisma, params.id);
  return jsonResponse({ id: params.id });
});
