import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { createLocalFile } from "@/lib/local-models/fine-tune/files";

export const dynamic = "force-dynamic";

/** OpenAI-compatible file upload (purpose fine-tune) for the built-in provider's fine-tuning API. */
export const POST = apiRoute({}, async ({ request }) => jsonResponse(await createLocalFile(prisma, request)));
