import { toPgText } from "@/lib/db/pg-text";
import { readTokenLogprobs, type TTokenLogprob } from "@/lib/answer-modes/logprobs";
import { buildResponseError, type TClassifiedError } from "./classify-error";
import type { TLlmEndpoint } from "./types";

export type TCompletionText = {
  content: string;
  promptTokens: number | null;
  completionTokens: number | null;
  logprobs?: TTokenLogprob[] | null;
};

type TReadResult = ({ ok: true } & TCompletionText) | ({ ok: false } & TClassifiedError);

/**
 * Reads the answer out of a 200 response without trusting its shape: compatible servers and proxies send bodies
 * the SDK's types do not describe (a bare string, `{ error }` with status 200, choices without a message).
 */
export function readCompletion(body: unknown, endpoint: TLlmEndpoint): TReadResult {
  if (!isRecord(body)) return fail(endpoint, "malformed", `expected a JSON object, got ${describe(body)}`);
  const choices = body.choices;
  if (!Array.isArray(choices)) {
    const serverError = isRecord(body.error) && typeof body.error.message === "string" ? body.error.message : null;
    const detail = serverError ? `error in a 200 response: ${serverError}` : "response has no `choices` array";
    return fail(endpoint, "malformed", detail);
  }
  const first: unknown = choices[0];
  if (first === undefined) return fail(endpoint, "empty", "response has no choices");
  if (!isRecord(first) || !isRecord(first.message)) return fail(endpoint, "malformed", "choice without a message");
  const content = first.message.content;
  if (typeof content !== "string" || content === "") {
    const reason = typeof first.finish_reason === "string" ? ` (finish_reason: ${first.finish_reason})` : "";
    const refusal = typeof first.message.refusal === "string" ? `; refusal: ${first.message.refusal}` : "";
    return fail(endpoint, "empty", `the model returned no content${reason}${refusal}`);
  }
  const usage = isRecord(body.usage) ? body.usage : {};
  return {
    ok: true,
    // Stored as is by the response cache and the job rows: Postgres text cannot hold a NUL (lib/db/pg-text.ts).
    content: toPgText(content),
    promptTokens: readCount(usage.prompt_tokens),
    completionTokens: readCount(usage.completion_tokens),
    // Only when they came: a reply without log-probabilities reads as it always did.
    ...withLogprobs(readTokenLogprobs(first.logprobs)),
  };
}

function withLogprobs(logprobs: TTokenLogprob[] | null): { logprobs?: TTokenLogprob[] } {
  return logprobs ? { logprobs } : {};
}

function fail(endpoint: TLlmEndpoint, kind: "malformed" | "empty", detail: string): TReadResult {
  return { ok: false, ...buildResponseError(endpoint, kind, detail) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readCount(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

function describe(value: unknown): string {
  if (typeof value === "string") return `text "${value.slice(0, 80)}"`;
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}
