import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { resumePairwise } from "@/lib/pairwise/control";
import { getPairwiseQueue } from "@/lib/pairwise/queue";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ params: ZIdParams }, async ({ params }) => {
  await resumePairwise(prisma, getPairwiseQueue(), params.id);
  return jsonResponse({ id: params.id });
});
