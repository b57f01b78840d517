import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelRouter } from "@/test/llm-server/model-router";
import { startLlmServer, type TLlmServer } from "@/test/llm-server/server";
import { createClientCache } from "./openai-clients";
import { testConnection } from "./test-connection";
import type { TLlmEndpoint } from "./types";

const apiKey = "sk-test-connection-0123456789";
let server: TLlmServer;
beforeAll(async () => {
  server = await startLlmServer({ handler: createModelRouter(), apiKey });
});
afterAll(async () => {
  await server.close();
});

function endpoint(overrides: Partial<TLlmEndpoint> = {}): TLlmEndpoint {
  return {
    id: "ep-test",
    baseUrl: server.url,
    model: "constant:OK",
    apiKey,
    headers: null,
    timeoutMs: 5_000,
    maxConcurrency: 1,
    requestsPerMinute: null,
    inputPricePerM: null,
    outputPricePerM: null,
    ...overrides,
  };
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

const options = () => ({ clients: createClientCache() });

describe("testConnection", () => {
  it("reports the reply and the latency", async () => {
    const result = await testConnection(endpoint(), options());
    expect(result).toMatchObject({ ok: true, reply: "OK" });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports a wrong key as auth, without the key", async () => {
    const wrong = "sk-wrong-key-9876543210";
    const result = await testConnection(endpoint({ apiKey: wrong }), options());
    expect(result).toMatchObject({ ok: false, error: { kind: "auth", status: 401 } });
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it("reports an unknown model", async () => {
    const result = await testConnection(endpoint({ model: "fail-404" }), options());
    expect(result).toMatchObject({ ok: false, error: { kind: "model_not_found", status: 404 } });
  });

  it("reports a refused connection", async () => {
    const result = await testConnection(endpoint({ baseUrl: `http://127.0.0.1:${await closedPort()}/v1` }), options());
    expect(result).toMatchObject({ ok: false, error: { kind: "connection" } });
    if (!result.ok) expect(result.error.message).toMatch(/connection refused.*ECONNREFUSED/);
  });

  it("reports an internal address refused by the outbound policy as the precise cause", async () => {
    // The unit project allows 127.0.0.1 only (EVALBOARD_ALLOWED_HOSTS); 127.0.0.2 is refused before any dialling.
    const result = await testConnection(endpoint({ baseUrl: server.url.replace("127.0.0.1", "127.0.0.2") }), options());
    expect(result).toMatchObject({ ok: false, error: { kind: "connection", permanent: true } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/blocked: 127\.0\.0\.2 is a loopback address/);
      expect(result.error.message).toContain(`add "127.0.0.2:${server.port}" to EVALBOARD_ALLOWED_HOSTS`);
    }
  });

  it("reports a host that does not resolve", async () => {
    const result = await testConnection(endpoint({ baseUrl: "http://evalboard-test.invalid/v1" }), options());
    expect(result).toMatchObject({ ok: false, error: { kind: "connection" } });
    if (!result.ok) expect(result.error.message).toMatch(/DNS lookup failed.*(ENOTFOUND|EAI_AGAIN)/);
  });

  it("reports a TLS failure (https to a plain HTTP server)", async () => {
    const result = await testConnection(endpoint({ baseUrl: server.url.replace("http:", "https:") }), options());
    expect(result).toMatchObject({ ok: false, error: { kind: "connection" } });
    if (!result.ok) expect(result.error.message).toContain("TLS error");
  });

  it("gives up after the shorter of the endpoint timeout and the button's limit", async () => {
    const result = await testConnection(endpoint({ model: "hang", timeoutMs: 60_000 }), {
      ...options(),
      maxTimeoutMs: 200,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: "timeout" } });
    expect(result.latencyMs).toBeGreaterThanOrEqual(200);
    expect(result.latencyMs).toBeLessThan(5_000);
  });
});
