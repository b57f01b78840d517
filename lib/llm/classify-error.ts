import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { isOutboundRefusal } from "@/lib/net/errors";
import { formatEndpointMessage } from "./describe-endpoint";
import { findNetworkCause } from "./network-cause";
import { parseRetryAfterMs } from "./retry-policy";
import type { TLlmEndpoint, TLlmError, TLlmErrorKind } from "./types";

export type TClassifiedError = {
  error: TLlmError;
  /** Worth another attempt (429, 5xx, timeout, connection). */
  retryable: boolean;
  /** What the server asked for via Retry-After / retry-after-ms, in ms. */
  retryAfterMs: number | null;
};

export type TClassifyContext = {
  /** Our own per-attempt deadline fired (the SDK then reports an abort, not a timeout). */
  timedOut: boolean;
  now: number;
};

const permanentKinds: ReadonlySet<TLlmErrorKind> = new Set(["auth", "model_not_found", "bad_request"]);

/** Turns whatever one attempt threw into one of our error kinds, with a message fit for the UI and logs. */
export function classifyError(error: unknown, endpoint: TLlmEndpoint, context: TClassifyContext): TClassifiedError {
  const refusal = findRefusal(error);
  if (refusal) {
    // Retrying would be refused the same way: a permanent configuration problem (base URL or allowlist).
    const refused = build(endpoint, "connection", `blocked: ${refusal.message}`);
    return { ...refused, error: { ...refused.error, permanent: true }, retryable: false };
  }
  if (context.timedOut || error instanceof APIConnectionTimeoutError) {
    return build(endpoint, "timeout", `no response within ${endpoint.timeoutMs} ms`);
  }
  if (error instanceof APIConnectionError) {
    const cause = findNetworkCause(error);
    const code = cause.code ? ` (${cause.code})` : "";
    return build(endpoint, "connection", `${cause.description}${code}: ${cause.detail}`);
  }
  if (error instanceof APIError && typeof error.status === "number") {
    return classifyStatus(error, error.status, endpoint, context.now);
  }
  if (error instanceof SyntaxError) {
    return build(endpoint, "malformed", `response body is not valid JSON: ${error.message}`);
  }
  // Thrown before anything was sent (an invalid base URL, a header the SDK refuses): a configuration problem.
  const message = error instanceof Error ? error.message : String(error);
  return build(endpoint, "bad_request", `request could not be sent: ${message}`);
}

function classifyStatus(error: APIError, status: number, endpoint: TLlmEndpoint, now: number): TClassifiedError {
  const detail = error.message;
  if (status === 401 || status === 403) return build(endpoint, "auth", detail, status);
  if (error.code === "model_not_found") {
    return build(endpoint, "model_not_found", `model "${endpoint.model}" not found: ${detail}`, status);
  }
  if (status === 404) {
    return build(endpoint, "model_not_found", `${detail} (check the base URL and the model name)`, status);
  }
  if (status === 408) return build(endpoint, "timeout", detail, status);
  if (status === 429) {
    // OpenAI answers 429 both for "slow down" and for "out of credit"; the second does not pass with time, so it
    // stops the run like a bad key would.
    if (error.code === "insufficient_quota") {
      const quota = build(endpoint, "rate_limited", `quota exhausted: ${detail}`, status);
      return { ...quota, error: { ...quota.error, permanent: true }, retryable: false };
    }
    const classified = build(endpoint, "rate_limited", detail, status);
    return { ...classified, retryAfterMs: parseRetryAfterMs(error.headers, now) };
  }
  if (status >= 500) {
    return { ...build(endpoint, "server", detail, status), retryAfterMs: parseRetryAfterMs(error.headers, now) };
  }
  return build(endpoint, "bad_request", detail, status);
}

function build(endpoint: TLlmEndpoint, kind: TLlmErrorKind, detail: string, status?: number): TClassifiedError {
  const permanent = permanentKinds.has(kind);
  const error: TLlmError = { kind, message: formatEndpointMessage(endpoint, detail), permanent };
  if (status !== undefined) error.status = status;
  const retryable = kind === "rate_limited" || kind === "server" || kind === "timeout" || kind === "connection";
  return { error, retryable, retryAfterMs: null };
}

// lib/net's refusal, wherever the SDK and fetch wrapped it (APIConnectionError → TypeError "fetch failed" → ours).
function findRefusal(error: unknown): Error | null {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current instanceof Error; depth++) {
    if (isOutboundRefusal(current)) return current;
    current = current.cause;
  }
  return null;
}

/** A 200 whose body is not a chat completion, or has nothing in it. */
export function buildResponseError(
  endpoint: TLlmEndpoint,
  kind: "malformed" | "empty",
  detail: string,
): TClassifiedError {
  return build(endpoint, kind, detail);
}
