import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { fixed, sequence } from "@/test/llm-server/behaviours";
import { invalidApiKey, serverError } from "@/test/llm-server/replies";
import { startLlmServer } from "@/test/llm-server/server";
import type { THandler } from "@/test/llm-server/types";
import { buildCacheKey } from "./cache-key";
import { callChat, type TCallChatDeps } from "./call-chat";
import { createIsolatedRedis, createRequests, findClosedPort, makeEndpoint } from "@/test/llm-fixtures";
import { createRedisLimiter } from "./limiter/redis-limiter";
import { createPgResponseCache } from "./response-cache";
import type { TLlmEndpoint } from "./types";

// The production wiring (Postgres cache, Redis limiter) against the test LLM server, in real time.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  await prisma.$disconnect();
});

async function setup(handler: THandler, overrides: Partial<TLlmEndpoint> = {}) {
  const server = await startLlmServer({ handler });
  const isolated = createIsolatedRedis();
  const endpoint = makeEndpoint(server.url, overrides);
  const requests = createRequests(endpoint);
  cleanups.push(server.close, isolated.close, requests.removeCached);
  const deps: TCallChatDeps = {
    cache: createPgResponseCache(prisma),
    limiter: createRedisLimiter({ redis: isolated.redis, prefix: isolated.prefix }),
    retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 2_000 },
  };
  return { server, endpoint, requests, deps };
}

describe("callChat against Postgres, Redis and the test LLM server", () => {
  it("answers with usage and cost, then serves the same question from the cache", async () => {
    const usage = { prompt_tokens: 2_000, completion_tokens: 1_000 };
    const { server, endpoint, requests, deps } = await setup(() => ({ content: "positive", usage }));
    const request = requests.next("classify");

    const first = await callChat(deps, request);
    expect(first).toMatchObject({ ok: true, content: "positive", promptTokens: 2_000, completionTokens: 1_000 });
    expect(first).toMatchObject({ attempts: 1, cached: false });
    // 2,000 tokens at $1/M plus 1,000 at $2/M.
    if (first.ok) expect(first.cost).toBeCloseTo(0.004, 10);

    const second = await callChat(deps, request);
    expect(second).toMatchObject({ ok: true, content: "positive", promptTokens: 2_000, completionTokens: 1_000 });
    expect(second).toMatchObject({ cached: true, cost: 0, attempts: 0 });
    expect(server.calls.total()).toBe(1);

    // Another API key asks the same question of the same model: still paid for already.
    const rotated = { ...request, endpoint: { ...endpoint, apiKey: "sk-rotated-key-000000" } };
    expect(await callChat(deps, rotated)).toMatchObject({ ok: true, cached: true });
    // A different question is not.
    expect(await callChat(deps, requests.next("other"))).toMatchObject({ ok: true, cached: false });
    expect(server.calls.total()).toBe(2);
  });

  it("stops at a 401 after exactly one attempt, with a permanent auth error that hides the key", async () => {
    const { server, endpoint, requests, deps } = await setup(() => invalidApiKey());
    const result = await callChat(deps, requests.next("auth"));
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: "auth", status: 401, permanent: true } });
    if (!result.ok) {
      expect(result.error.message).toContain(`Endpoint "test-model" (${server.url})`);
      expect(result.error.message).not.toContain(endpoint.apiKey);
    }
    expect(server.calls.total()).toBe(1);
  });

  it("retries a 500 and succeeds, caching only the success", async () => {
    const { server, requests, deps } = await setup(sequence([serverError(), { content: "recovered" }]));
    const request = requests.next("flaky");
    expect(await callChat(deps, request)).toMatchObject({ ok: true, content: "recovered", attempts: 2 });
    expect(server.calls.total()).toBe(2);
    const key = buildCacheKey({ ...request, baseUrl: request.endpoint.baseUrl, model: request.endpoint.model });
    const row = await prisma.responseCache.findUnique({ where: { key } });
    expect(row?.content).toBe("recovered");
  });

  it("turns a hanging server into a timeout after the endpoint's timeout, per attempt", async () => {
    const { server, requests, deps } = await setup(() => ({ hang: true }), { timeoutMs: 300 });
    deps.retry = { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 10 };
    const result = await callChat(deps, requests.next("hang"));
    expect(result).toMatchObject({ ok: false, attempts: 2, error: { kind: "timeout", permanent: false } });
    expect(result.latencyMs).toBeGreaterThanOrEqual(600);
    expect(result.latencyMs).toBeLessThan(3_000);
    expect(server.calls.total()).toBe(2);
  });

  it("reports an unparseable body as malformed without retrying or caching it", async () => {
    const { server, requests, deps } = await setup(() => ({ malformed: true }));
    const request = requests.next("malformed");
    expect(await callChat(deps, request)).toMatchObject({ ok: false, attempts: 1, error: { kind: "malformed" } });
    expect(await callChat(deps, request)).toMatchObject({ ok: false, error: { kind: "malformed" } });
    expect(server.calls.total()).toBe(2);
  });

  it("reports an empty answer as empty", async () => {
    const { requests, deps } = await setup(fixed(""));
    expect(await callChat(deps, requests.next("empty"))).toMatchObject({ ok: false, error: { kind: "empty" } });
  });

  it("reports a closed port as a refused connection, after retrying", async () => {
    const port = await findClosedPort();
    const { requests, deps } = await setup(fixed("unused"), { baseUrl: `http://127.0.0.1:${port}/v1` });
    const result = await callChat(deps, requests.next("refused"));
    expect(result).toMatchObject({ ok: false, attempts: 3, error: { kind: "connection", permanent: false } });
    if (!result.ok) expect(result.error.message).toContain("ECONNREFUSED");
  });

  it("reports a socket closed mid-request as a connection error", async () => {
    const { requests, deps } = await setup(() => ({ destroy: true }));
    deps.retry = { maxAttempts: 1 };
    const result = await callChat(deps, requests.next("destroy"));
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: "connection" } });
  });
});
