import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as testRoute } from "@/app/api/endpoints/[id]/test/route";
import { prisma } from "@/lib/db/prisma";
import { startLlmServer, type TLlmServer } from "@/test/llm-server/server";
import { removeEndpoints, uniqueApiKey, uniqueName } from "@/test/endpoints-fixtures";
import { ZEndpointInput } from "./schemas";
import { createEndpoint } from "./service";

const apiKey = uniqueApiKey();
const created: string[] = [];
let server: TLlmServer;

beforeAll(async () => {
  server = await startLlmServer({ apiKey });
});

afterAll(async () => {
  await server.close();
  await removeEndpoints(created);
});

async function register(model: string, key: string): Promise<string> {
  const view = await createEndpoint(
    ZEndpointInput.parse({ name: uniqueName("conn"), baseUrl: server.url, model, apiKey: key }),
  );
  created.push(view.id);
  return view.id;
}

async function callTest(id: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await testRoute(new Request(`http://127.0.0.1/api/endpoints/${id}/test`, { method: "POST" }), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/endpoints/:id/test", () => {
  it("sends the decrypted key and reports the reply with its latency", async () => {
    const { status, body } = await callTest(await register("constant:OK", apiKey));
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, reply: "OK", latencyMs: expect.any(Number) });
  });

  it("reports an authentication failure without echoing the key", async () => {
    const wrongKey = uniqueApiKey();
    const { status, body } = await callTest(await register("constant:OK", wrongKey));
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: false, error: { kind: "auth", status: 401 } });
    expect(JSON.stringify(body)).not.toContain(wrongKey);
  });

  it("reports an address the outbound policy refuses, for an endpoint saved before the allowlist changed", async () => {
    // Written straight to the table: saving through the service would refuse this base URL (127.0.0.1 only is allowed).
    const row = await prisma.modelEndpoint.create({
      data: { name: uniqueName("conn-refused"), baseUrl: server.url.replace("127.0.0.1", "127.0.0.2"), model: "m" },
    });
    created.push(row.id);
    const { status, body } = await callTest(row.id);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: false, error: { kind: "connection", status: null } });
    expect((body.error as { message: string }).message).toMatch(
      /blocked: 127\.0\.0\.2 is a loopback address.*EVALBOARD_ALLOWED_HOSTS/,
    );
  });

  it("answers 404 for an unknown endpoint", async () => {
    expect((await callTest("0197a000-0000-7000-8000-000000000002")).status).toBe(404);
  });
});
