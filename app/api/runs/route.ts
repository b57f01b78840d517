import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createRuns } from "@/lib/runs/create";
import { listRuns } from "@/lib/runs/list";
import { ZRunListQuery } from "@/lib/runs/list-query";
import { ZCreateRunsInput } from "@/lib/runs/schemas";
import { getRunQueue } from "@/lib/runs/web-queue";
import { ZRunList } from "@/lib/api/openapi/responses/runs";
import { ZCreatedIds } from "@/lib/api/openapi/responses/shared";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  { body: ZCreateRunsInput, response: { status: 201, description: "The new runs.", json: ZCreatedIds } },
  async ({ body, reply }) => {
    const { ids } = await createRuns(prisma, getRunQueue(), body);
    return reply({ id: ids[0], ids });
  },
);

export const GET = apiRoute(
  { query: ZRunListQuery, response: { status: 200, description: "Runs, newest first.", json: ZRunList } },
  async ({ query, reply }) => reply({ runs: await listRuns(prisma, query) }),
);
