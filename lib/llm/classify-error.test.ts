import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { describe, expect, it } from "vitest";
import { classifyError } from "./classify-error";
import type { TLlmEndpoint } from "./types";

const endpoint: TLlmEndpoint = {
  id: "ep-1",
  baseUrl: "https://api.example.com/v1",
  model: "gpt-4o-mini",
  apiKey: "sk-live-SECRET-0123456789",
  headers: null,
  timeoutMs: 30_000,
  maxConcurrency: 4,
  requestsPerMinute: null,
  inputPricePerM: null,
  outputPricePerM: null,
};
const context = { timedOut: false, now: Date.parse("2026-03-01T12:00:00Z") };

function statusError(status: number, message: string, code: string | null = null, headers: HeadersInit = {}) {
  const body = { error: { message, type: "invalid_request_error", param: null, code } };
  return APIError.generate(status, body, undefined, new Headers(headers));
}

function fetchFailure(code: string, message: string) {
  const socketError = Object.assign(new Error(message), { code });
  return new APIConnectionError({ cause: new TypeError("fetch failed", { cause: socketError }) });
}

describe("classifyError", () => {
  it.each([
    [401, "Incorrect API key provided.", null, "auth"],
    [403, "Project does not have access.", null, "auth"],
    [404, "The model `x` does not exist.", "model_not_found", "model_not_found"],
    [404, "Unknown request URL: POST /chat/completions.", "unknown_url", "model_not_found"],
    [400, "Invalid value for 'temperature'.", null, "bad_request"],
    [422, "Unprocessable.", null, "bad_request"],
  ])("treats %i %s as a permanent %s", (status, message, code, kind) => {
    const { error, retryable } = classifyError(statusError(status, message, code), endpoint, context);
    expect(error).toMatchObject({ kind, status, permanent: true });
    expect(error.message).toContain(message);
    expect(retryable).toBe(false);
  });

  it("hints at the base URL when a 404 is not about the model", () => {
    const { error } = classifyError(statusError(404, "Not Found"), endpoint, context);
    expect(error.message).toContain("check the base URL");
  });

  it("retries 429 and 5xx, passing on the server's Retry-After", () => {
    const limited = classifyError(
      statusError(429, "Rate limit reached.", "rate_limit_exceeded", { "retry-after": "7" }),
      endpoint,
      context,
    );
    expect(limited).toMatchObject({ retryable: true, retryAfterMs: 7_000 });
    expect(limited.error).toMatchObject({ kind: "rate_limited", status: 429, permanent: false });
    const overloaded = classifyError(statusError(503, "Overloaded"), endpoint, context);
    expect(overloaded).toMatchObject({ retryable: true, retryAfterMs: null, error: { kind: "server", status: 503 } });
  });

  it("stops on an exhausted quota, which waiting does not fix", () => {
    const { error, retryable } = classifyError(
      statusError(429, "You exceeded your current quota.", "insufficient_quota"),
      endpoint,
      context,
    );
    expect(error).toMatchObject({ kind: "rate_limited", permanent: true });
    expect(retryable).toBe(false);
  });

  it("reports timeouts, from the SDK or from our own deadline", () => {
    const sdk = classifyError(new APIConnectionTimeoutError(), endpoint, context);
    const ours = classifyError(new Error("This operation was aborted"), endpoint, { ...context, timedOut: true });
    for (const { error, retryable } of [sdk, ours]) {
      expect(error).toMatchObject({ kind: "timeout", permanent: false });
      expect(error.message).toContain("30000 ms");
      expect(retryable).toBe(true);
    }
  });

  it.each([
    ["ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9", "connection refused"],
    ["ENOTFOUND", "getaddrinfo ENOTFOUND api.example.com", "DNS lookup failed"],
    ["ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number", "TLS error"],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate", "TLS error"],
    ["ECONNRESET", "read ECONNRESET", "connection reset"],
  ])("names the network cause %s found down the cause chain", (code, message, wording) => {
    const { error, retryable } = classifyError(fetchFailure(code, message), endpoint, context);
    expect(error.kind).toBe("connection");
    expect(error.message).toContain(wording);
    expect(error.message).toContain(code);
    expect(retryable).toBe(true);
  });

  it("calls an unparseable body malformed", () => {
    const { error } = classifyError(new SyntaxError("Unterminated string in JSON"), endpoint, context);
    expect(error).toMatchObject({ kind: "malformed", permanent: false });
  });

  it("names the endpoint and never repeats the API key, even when the server echoes it", () => {
    const echoed = statusError(401, `Incorrect API key provided: ${endpoint.apiKey}. Also sk-proj-abcdef123456.`);
    const { error } = classifyError(echoed, { ...endpoint, name: "Production GPT" }, context);
    expect(error.message).toMatch(/^Endpoint "Production GPT" \(https:\/\/api\.example\.com\/v1\): 401 /);
    expect(error.message).not.toContain("SECRET");
    expect(error.message).not.toContain("abcdef123456");
  });

  it("keeps credentials in the base URL out of messages", () => {
    const withUser = { ...endpoint, baseUrl: "https://user:hunter2@proxy.example.com/v1" };
    const { error } = classifyError(statusError(500, "boom"), withUser, context);
    expect(error.message).toContain("proxy.example.com");
    expect(error.message).not.toContain("hunter2");
  });
});
