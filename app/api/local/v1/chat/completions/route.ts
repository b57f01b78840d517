import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { ZChatCompletionRequest } from "@/lib/local-models/chat-protocol";
import { completeLocalChat } from "@/lib/local-models/complete-chat";

export const dynamic = "force-dynamic";

/**
 * OpenAI-compatible chat completions for the built-in local models (see lib/local-models). A k-shot prompt of long
 * inputs may run to megabytes, so the body limit is higher than the API's default (still under Next's 10 MB).
 */
export const POST = apiRoute({ body: ZChatCompletionRequest, maxBodyBytes: 8 * 1024 * 1024 }, async ({ body }) =>
  jsonResponse(await completeLocalChat(prisma, body)),
);
