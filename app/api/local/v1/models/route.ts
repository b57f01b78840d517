import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { listLocalModels } from "@/lib/local-models/list-models";

export const dynamic = "force-dynamic";

/** OpenAI-compatible model list: every built-in local model for every dataset. */
export const GET = apiRoute({}, async () => jsonResponse(await listLocalModels(prisma)));
