import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { buildCompletion, readLastUserText, ZChatCompletionRequest } from "@/lib/local-models/chat-protocol";
import { extractText } from "@/lib/local-models/extract-text";
import { loadLocalModel } from "@/lib/local-models/load-model";
import { parseLocalModelName } from "@/lib/local-models/model-name";

export const dynamic = "force-dynamic";

/** OpenAI-compatible chat completions for the built-in local models (see lib/local-models). */
export const POST = apiRoute(async (request) => {
  const body = ZChatCompletionRequest.parse(await request.json().catch(() => invalidJson()));
  if (body.stream) throw new ApiError(400, "unsupported", "The local models do not stream; send stream: false.");
  const name = parseLocalModelName(body.model);
  if (!name) throw new ApiError(404, "model_not_found", `The model "${body.model}" does not exist.`);
  const predict = await loadLocalModel(prisma, name);
  const answer = predict(extractText(readLastUserText(body.messages)));
  return Response.json(buildCompletion(body, answer), { headers: { "cache-control": "no-store" } });
});

function invalidJson(): never {
  throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
}
