import { ApiError } from "@/lib/api/errors";
import type { TPrisma } from "@/lib/db/prisma";
import { buildCompletion, readLastUserText, type TChatCompletionRequest } from "./chat-protocol";
import { shapeLocalAnswer } from "./answer-modes";
import { extractText } from "./extract-text";
import { loadLocalModel } from "./load-model";
import { parseLocalModelName } from "./model-name";

/** POST /api/local/v1/chat/completions: the named local model's answer, shaped as an OpenAI completion. */
export async function completeLocalChat(db: TPrisma, request: TChatCompletionRequest) {
  if (request.stream) throw new ApiError(400, "unsupported", "The local models do not stream; send stream: false.");
  const name = parseLocalModelName(request.model);
  if (!name) throw new ApiError(404, "model_not_found", `The model "${request.model}" does not exist.`);
  const predict = await loadLocalModel(db, name);
  const text = extractText(readLastUserText(request.messages));
  const shaped = shapeLocalAnswer(request, { answer: predict(text), posterior: predict.posterior?.(text) ?? null });
  const completion = buildCompletion(request, shaped.content);
  const logprobs = shaped.logprobs;
  return { ...completion, choices: completion.choices.map((choice) => ({ ...choice, logprobs })) };
}
