import type { ServerResponse } from "node:http";
import { countPromptChars, estimateTokens } from "./chat-text";
import type { TChatRequest, TContentReply, TStatusReply } from "./types";

export type TOpenAiErrorBody = { error: { message: string; type: string; param: string | null; code: string | null } };

export function buildErrorBody(message: string, type: string, code: string | null): TOpenAiErrorBody {
  return { error: { message, type, param: null, code } };
}

/** What OpenAI sends for common statuses, so a bare `{ status: 429 }` reply looks real to the SDK. */
export function buildDefaultErrorBody(status: number): TOpenAiErrorBody {
  if (status === 401) return buildErrorBody("Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
  if (status === 404) return buildErrorBody("The model does not exist.", "invalid_request_error", "model_not_found");
  if (status === 429) return buildErrorBody("Rate limit reached.", "requests", "rate_limit_exceeded");
  if (status >= 500) return buildErrorBody("The server had an error.", "server_error", null);
  return buildErrorBody(`Request failed with status ${status}.`, "invalid_request_error", null);
}

let nextId = 0;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "x-request-id": `req_${(nextId++).toString(36)}`,
    ...headers,
  });
  res.end(text);
}

export function sendStatusReply(res: ServerResponse, reply: TStatusReply): void {
  sendJson(
    res,
    reply.status,
    reply.body === undefined ? buildDefaultErrorBody(reply.status) : reply.body,
    reply.headers,
  );
}

export function sendMalformed(res: ServerResponse): void {
  // A JSON content type with a cut-off body: the SDK only parses bodies it believes are JSON.
  const text = '{"id":"chatcmpl-broken","object":"chat.completion","choices":[{"message":{"content":"tr';
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function buildUsage(req: TChatRequest, reply: TContentReply) {
  const promptTokens = reply.usage?.prompt_tokens ?? estimateTokens(countPromptChars(req));
  const completionTokens = reply.usage?.completion_tokens ?? estimateTokens(reply.content.length);
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

export function sendCompletion(res: ServerResponse, req: TChatRequest, reply: TContentReply): void {
  const id = `chatcmpl-${(nextId++).toString(36)}`;
  const created = Math.floor(Date.now() / 1000);
  const usage = buildUsage(req, reply);
  const finishReason = reply.finishReason ?? "stop";
  if (req.stream === true) {
    sendStream(
      res,
      { id, created, model: req.model, content: reply.content, finishReason },
      req.stream_options?.include_usage ? usage : undefined,
    );
    return;
  }
  sendJson(res, 200, {
    id,
    object: "chat.completion",
    created,
    model: req.model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: reply.content, refusal: null },
        logprobs: reply.logprobs ?? null,
        finish_reason: finishReason,
      },
    ],
    usage,
  });
}

type TStreamHead = { id: string; created: number; model: string; content: string; finishReason: string };

const STREAM_PIECE_CHARS = 64;

function sendStream(res: ServerResponse, head: TStreamHead, usage: ReturnType<typeof buildUsage> | undefined): void {
  const base = { id: head.id, object: "chat.completion.chunk", created: head.created, model: head.model };
  const events: unknown[] = [
    { ...base, choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] },
  ];
  for (let at = 0; at < head.content.length; at += STREAM_PIECE_CHARS) {
    const piece = head.content.slice(at, at + STREAM_PIECE_CHARS);
    events.push({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
  }
  events.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: head.finishReason }] });
  if (usage) events.push({ ...base, choices: [], usage });
  let text = "";
  for (const event of events) text += `data: ${JSON.stringify(event)}\n\n`;
  text += "data: [DONE]\n\n";
  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}
