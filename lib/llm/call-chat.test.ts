import { afterEach, describe, expect, it } from "vitest";
import { startLlmServer, type TLlmServer } from "@/test/llm-server/server";
import { fixed, sequence } from "@/test/llm-server/behaviours";
import { invalidApiKey, rateLimited, serverError } from "@/test/llm-server/replies";
import type { TChatRequest as TServerRequest, THandler } from "@/test/llm-server/types";
import { callChat, type TCallChatDeps } from "./call-chat";
import { unlimitedLimiter } from "./limiter/unlimited-limiter";
import { createClientCache } from "./openai-clients";
import { noResponseCache } from "./response-cache";
import type { TChatRequest, TLlmEndpoint } from "./types";

// Unit tests of the retry loop: a real HTTP server, but backoff waits are recorded instead of slept.
let server: TLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(handler: THandler) {
  server = await startLlmServer({ handler });
  const waits: number[] = [];
  const deps: TCallChatDeps = {
    cache: noResponseCache,
    limiter: unlimitedLimiter,
    clients: createClientCache(),
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 60_000 },
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
  };
  const endpoint: TLlmEndpoint = {
    id: "ep-unit",
    baseUrl: server.url,
    model: "test-model",
    apiKey: "sk-test",
    headers: null,
    timeoutMs: 5_000,
    maxConcurrency: 4,
    requestsPerMinute: null,
    inputPricePerM: 2,
    outputPricePerM: 8,
  };
  const request: TChatRequest = {
    endpoint,
    messages: [{ role: "user", content: "hello" }],
    temperature: 0,
    maxTokens: 8,
  };
  return { server, deps, request, waits };
}

describe("callChat", () => {
  it("answers with usage, cost and one attempt", async () => {
    const { deps, request } = await setup(() => ({
      content: "hi",
      usage: { prompt_tokens: 1_000, completion_tokens: 500 },
    }));
    const result = await callChat(deps, request);
    // 1,000 tokens at $2/M plus 500 at $8/M.
    expect(result).toMatchObject({ ok: true, content: "hi", promptTokens: 1_000, completionTokens: 500, attempts: 1 });
    expect(result).toMatchObject({ cached: false });
    if (result.ok) expect(result.cost).toBeCloseTo(0.006, 10);
  });

  it("sends the model, temperature, max tokens and seed", async () => {
    const seen: TServerRequest[] = [];
    const { deps, request } = await setup((req) => {
      seen.push(req);
      return { content: "ok" };
    });
    await callChat(deps, { ...request, temperature: 0.3, maxTokens: 12, seed: 7 });
    expect(seen[0]).toMatchObject({ model: "test-model", temperature: 0.3, max_tokens: 12, seed: 7 });
  });

  it("retries server errors with growing backoff, then succeeds", async () => {
    const { deps, request, waits, server } = await setup(sequence([serverError(), serverError(), { content: "ok" }]));
    const result = await callChat(deps, request);
    expect(result).toMatchObject({ ok: true, content: "ok", attempts: 3 });
    expect(server.calls.total()).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]).toBeGreaterThan(waits[0] as number);
  });

  it("waits as long as Retry-After asks before retrying a 429", async () => {
    const { deps, request, waits } = await setup(sequence([rateLimited(7), { content: "ok" }]));
    const result = await callChat(deps, request);
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(7_000);
    expect(waits[0]).toBeLessThanOrEqual(7_700);
  });

  it("gives up after the last attempt with a retryable, non-permanent error", async () => {
    const { deps, request, server } = await setup(() => serverError());
    const result = await callChat(deps, request);
    expect(result).toMatchObject({ ok: false, attempts: 3, error: { kind: "server", status: 500, permanent: false } });
    if (!result.ok) expect(result.error.message).toContain("gave up after 3 attempts");
    expect(server.calls.total()).toBe(3);
  });

  it("does not retry a permanent error", async () => {
    const { deps, request, waits, server } = await setup(() => invalidApiKey());
    const result = await callChat(deps, request);
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: "auth", status: 401, permanent: true } });
    expect(waits).toEqual([]);
    expect(server.calls.total()).toBe(1);
  });

  it("does not retry an address the outbound policy refuses, and says how to allow it", async () => {
    const { deps, request, waits } = await setup(fixed("unreachable"));
    // The unit project allows 127.0.0.1 only (EVALBOARD_ALLOWED_HOSTS); 127.0.0.2 is loopback too.
    const endpoint = { ...request.endpoint, baseUrl: request.endpoint.baseUrl.replace("127.0.0.1", "127.0.0.2") };
    const result = await callChat(deps, { ...request, endpoint });
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: "connection", permanent: true } });
    if (!result.ok)
      expect(result.error.message).toMatch(/blocked: 127\.0\.0\.2 is a loopback.*EVALBOARD_ALLOWED_HOSTS/);
    expect(waits).toEqual([]);
  });

  it("rejects with the caller's reason when aborted during a backoff, sending nothing more", async () => {
    const { deps, request, server } = await setup(() => serverError());
    const controller = new AbortController();
    const reason = new Error("run cancelled");
    deps.sleep = async () => controller.abort(reason);
    await expect(callChat(deps, { ...request, signal: controller.signal })).rejects.toBe(reason);
    expect(server.calls.total()).toBe(1);
  });

  it("switches to max_completion_tokens when the server asks for it, and remembers", async () => {
    const seen: TServerRequest[] = [];
    const { deps, request } = await setup((req) => {
      seen.push(req);
      if (req.max_tokens === undefined) return { content: "ok" };
      const message =
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";
      return {
        status: 400,
        body: { error: { message, type: "invalid_request_error", param: "max_tokens", code: "unsupported_parameter" } },
      };
    });
    expect(await callChat(deps, request)).toMatchObject({ ok: true, attempts: 1 });
    expect(await callChat(deps, request)).toMatchObject({ ok: true, attempts: 1 });
    expect(seen.map((req) => req.max_completion_tokens ?? null)).toEqual([null, 8, 8]);
  });

  it("works without an API key and passes the endpoint's own Authorization header through", async () => {
    const { deps, request } = await setup(fixed("open"));
    const protectedServer = await startLlmServer({ handler: fixed("secret"), apiKey: "sk-required" });
    try {
      const open = await callChat(deps, { ...request, endpoint: { ...request.endpoint, apiKey: null } });
      expect(open).toMatchObject({ ok: true, content: "open" });
      const keyless = { ...request.endpoint, apiKey: null, baseUrl: protectedServer.url };
      const refused = await callChat(deps, { ...request, endpoint: keyless });
      expect(refused).toMatchObject({ ok: false, error: { kind: "auth" } });
      const withHeader = { ...keyless, headers: { Authorization: "Bearer sk-required" } };
      expect(await callChat(deps, { ...request, endpoint: withHeader })).toMatchObject({ ok: true, content: "secret" });
    } finally {
      await protectedServer.close();
    }
  });
});
