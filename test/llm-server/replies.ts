// Ready-made replies with the bodies and headers OpenAI really sends, for handlers and tests.
import { buildErrorBody } from "./respond";
import type { TStatusReply } from "./types";

export function rateLimited(retryAfterSeconds = 1): TStatusReply {
  return {
    status: 429,
    headers: { "retry-after": String(retryAfterSeconds) },
    body: buildErrorBody("Rate limit reached for requests. Please try again later.", "requests", "rate_limit_exceeded"),
  };
}

export function serverError(): TStatusReply {
  return {
    status: 500,
    body: buildErrorBody("The server had an error while processing your request.", "server_error", null),
  };
}

export function invalidApiKey(): TStatusReply {
  return {
    status: 401,
    body: buildErrorBody("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
  };
}

export function modelNotFound(model: string): TStatusReply {
  const message = `The model \`${model}\` does not exist or you do not have access to it.`;
  return { status: 404, body: buildErrorBody(message, "invalid_request_error", "model_not_found") };
}

export function badRequest(message: string, code: string | null = null): TStatusReply {
  return { status: 400, body: buildErrorBody(message, "invalid_request_error", code) };
}

/** The tail a judge prompt asks for: a short explanation, then `Rating: [[n]]`. */
export function formatJudgeAnswer(rating: number): string {
  return `The answer is fine.\nRating: [[${rating}]]`;
}
