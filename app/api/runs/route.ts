import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { createRuns } from "@/lib/runs/create";
import { listRuns } from "@/lib/runs/list";
import { ZRunListQuery } from "@/lib/runs/list-query";
import { ZCreateRunsInput } from "@/lib/runs/schemas";
import { getRunQueue } from "@/lib/runs/web-queue";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ body: ZCreateRunsInput }, async ({ body }) => {
  const { ids } = await createRuns(prisma, getRunQueue(), body);
  return jsonResponse({ id: ids[0], ids }, 201);
});

export const GET = apiRoute({ query: ZRunListQuery }, async ({ query }) =>
  jsonResponse({ runs: await listRuns(prisma, query) }),
);
