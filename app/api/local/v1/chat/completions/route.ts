import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { ZChatCompletionRequest } from "@/lib/local-models/chat-protocol";
import { completeLocalChat } from "@/lib/local-models/complete-chat";
import { ZChatCompletion } from "@/lib/api/openapi/responses/board";

export const dynamic = "force-dynamic";

/**
 * OpenAI-compatible chat completions for the built-in local models (see lib/local-models). A k-shot prompt of long
 * inputs may run to megabytes, so the body limit is higher than the API's default (still under Next's 10 MB).
 */
export const POST = apiRoute(
  {
    body: ZChatCompletionRequest,
    maxBodyBytes: 8 * 1024 * 1024,
    response: { status: 200, description: "An OpenAI chat completion.", json: ZChatCompletion },
  },
  async ({ body, reply }) => reply(await completeLocalChat(prisma, body)),
);
