import { BadRequestError } from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { classifyError, type TClassifiedError } from "./classify-error";
import type { TClientEntry } from "./openai-clients";
import { readCompletion, type TCompletionText } from "./read-completion";
import type { TChatRequest } from "./types";

export type TAttemptResult = ({ ok: true } & TCompletionText) | ({ ok: false } & TClassifiedError);

/**
 * One request to the model, no retries. Resolves with the answer or a classified error; rejects only when the
 * caller's signal aborts.
 */
export async function sendChatOnce(
  entry: TClientEntry,
  request: TChatRequest,
  now: () => number,
): Promise<TAttemptResult> {
  const { endpoint } = request;
  // The SDK's timeout only covers the wait for response headers; this deadline also covers a body that stalls.
  // A cleared timer rather than AbortSignal.timeout, which would keep one live timer per call for the full timeout.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), endpoint.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, deadline.signal]) : deadline.signal;
  try {
    const body = await createCompletion(entry, request, signal);
    return readCompletion(body, endpoint);
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    return { ok: false, ...classifyError(error, endpoint, { timedOut: deadline.signal.aborted, now: now() }) };
  } finally {
    clearTimeout(timer);
  }
}

async function createCompletion(entry: TClientEntry, request: TChatRequest, signal: AbortSignal): Promise<unknown> {
  try {
    return await entry.client.chat.completions.create(buildBody(entry, request), { signal });
  } catch (error) {
    if (!asksForMaxCompletionTokens(error, entry)) throw error;
    entry.tokenParam = "max_completion_tokens";
    return await entry.client.chat.completions.create(buildBody(entry, request), { signal });
  }
}

function buildBody(entry: TClientEntry, request: TChatRequest): ChatCompletionCreateParamsNonStreaming {
  const body: ChatCompletionCreateParamsNonStreaming = {
    model: request.endpoint.model,
    messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
    temperature: request.temperature,
  };
  body[entry.tokenParam] = request.maxTokens;
  if (request.seed !== undefined) body.seed = request.seed;
  // The answer mode's fields (response_format, guided_choice / structured_outputs, logprobs) go as they are: the
  // SDK forwards fields it does not know, which is how vLLM's guided decoding is reached.
  return request.answerFormat ? { ...body, ...request.answerFormat.body } : body;
}

// OpenAI: 400 "Unsupported parameter: 'max_tokens' ... Use 'max_completion_tokens' instead." with param max_tokens.
function asksForMaxCompletionTokens(error: unknown, entry: TClientEntry): boolean {
  return (
    entry.tokenParam === "max_tokens" &&
    error instanceof BadRequestError &&
    error.param === "max_tokens" &&
    error.message.includes("max_completion_tokens")
  );
}
