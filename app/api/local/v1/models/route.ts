import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { listLocalModels } from "@/lib/local-models/list-models";
import { ZLocalModels } from "@/lib/api/openapi/responses/board";

export const dynamic = "force-dynamic";

/** OpenAI-compatible model list: every built-in local model for every dataset. */
export const GET = apiRoute(
  { response: { status: 200, description: "OpenAI model list.", json: ZLocalModels } },
  async ({ reply }) => reply(await listLocalModels(prisma)),
);
