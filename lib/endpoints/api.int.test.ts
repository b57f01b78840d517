import { afterAll, describe, expect, it } from "vitest";
import { DELETE, GET as getOne, PATCH } from "@/app/api/endpoints/[id]/route";
import { GET as list, POST } from "@/app/api/endpoints/route";
import { removeEndpoints, uniqueApiKey, uniqueName } from "@/test/endpoints-fixtures";

const created: string[] = [];
afterAll(() => removeEndpoints(created));

const base = "http://127.0.0.1/api/endpoints";
const noParams = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

function jsonRequest(url: string, method: string, body: unknown): Request {
  return new Request(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

async function post(body: unknown): Promise<{ status: number; text: string; json: Record<string, unknown> }> {
  const response = await POST(jsonRequest(base, "POST", body), noParams);
  const text = await response.text();
  const json = JSON.parse(text) as Record<string, unknown>;
  if (response.status === 201) created.push(String(json.id));
  return { status: response.status, text, json };
}

describe("the endpoints API", () => {
  it("never returns the key or header values, from POST, GET, list or PATCH", async () => {
    const apiKey = uniqueApiKey();
    const headerValue = `hv-${uniqueApiKey()}`;
    const name = uniqueName("api");
    const createdResponse = await post({
      name,
      baseUrl: "https://api.openai.com/v1/",
      model: "gpt-4o-mini",
      apiKey,
      headers: { "X-Org": headerValue },
      tags: ["Commercial"],
    });
    expect(createdResponse.status).toBe(201);
    expect(createdResponse.json).toMatchObject({
      name,
      baseUrl: "https://api.openai.com/v1",
      apiKeyLast4: `…${apiKey.slice(-4)}`,
      headerNames: ["X-Org"],
      tags: ["commercial"],
    });
    const id = String(createdResponse.json.id);

    const bodies = [createdResponse.text];
    bodies.push(await (await getOne(new Request(`${base}/${id}`), withId(id))).text());
    bodies.push(await (await list(new Request(base), noParams)).text());
    const patched = await PATCH(jsonRequest(`${base}/${id}`, "PATCH", { model: "gpt-4o" }), withId(id));
    expect(patched.status).toBe(200);
    bodies.push(await patched.text());

    expect(bodies[2]).toContain(id);
    for (const body of bodies) {
      expect(body).not.toContain(apiKey);
      expect(body).not.toContain(headerValue);
      expect(body).not.toMatch(/ciphertext/i);
    }
  });

  it("answers 422 with field details for invalid input and 409 name_taken for a duplicate", async () => {
    const invalid = await post({ name: "", baseUrl: "localhost:8000", model: "m", maxConcurrency: 0 });
    expect(invalid.status).toBe(422);
    const details = (invalid.json.error as { details: { path: string }[] }).details.map((detail) => detail.path);
    expect(details).toEqual(expect.arrayContaining(["name", "baseUrl", "maxConcurrency"]));

    const name = uniqueName("dup");
    expect((await post({ name, baseUrl: "http://127.0.0.1:11434/v1", model: "llama3" })).status).toBe(201);
    const duplicate = await post({ name, baseUrl: "http://127.0.0.1:11434/v1", model: "llama3" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error).toMatchObject({ code: "name_taken", details: [{ path: "name" }] });
  });

  it("answers 422 on baseUrl for an internal address, on create and on edit, naming EVALBOARD_ALLOWED_HOSTS", async () => {
    // The integration environment allows 127.0.0.1 only (test/env.ts).
    const refused: [string, RegExp][] = [
      ["http://169.254.169.254/latest", /cloud metadata/],
      ["http://127.0.0.2:8000/v1", /loopback/],
      ["http://0x0a.0.0.1:8000/v1", /10\.0\.0\.1 is a private network address/],
      ["http://[::ffff:192.168.1.20]/v1", /private network/],
    ];
    for (const [baseUrl, reason] of refused) {
      const response = await post({ name: uniqueName("ssrf"), baseUrl, model: "m" });
      expect(response.status).toBe(422);
      const error = response.json.error as { code: string; details: { path: string; message: string }[] };
      expect(error.code).toBe("invalid_request");
      expect(error.details).toEqual([{ path: "baseUrl", message: expect.stringMatching(reason) }]);
      expect(error.details[0]?.message).toContain("EVALBOARD_ALLOWED_HOSTS");
    }

    const { json } = await post({ name: uniqueName("ssrf-ok"), baseUrl: "http://127.0.0.1:11434/v1", model: "m" });
    const id = String(json.id);
    const patched = await PATCH(
      jsonRequest(`${base}/${id}`, "PATCH", { baseUrl: "http://10.0.0.5:8000/v1" }),
      withId(id),
    );
    expect(patched.status).toBe(422);
    const stored = (await (await getOne(new Request(`${base}/${id}`), withId(id))).json()) as { baseUrl: string };
    expect(stored.baseUrl).toBe("http://127.0.0.1:11434/v1");
  });

  it("answers 415 for a body not sent as JSON, 400 for one that is not JSON and 404 for unknown ids", async () => {
    const response = await POST(new Request(base, { method: "POST", body: "{not json" }), noParams);
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
    const malformed = await POST(
      new Request(base, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }),
      noParams,
    );
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: "invalid_json" } });

    const missing = "0197a000-0000-7000-8000-000000000001";
    expect((await getOne(new Request(`${base}/${missing}`), withId(missing))).status).toBe(404);
    expect((await getOne(new Request(`${base}/x`), withId("x"))).status).toBe(404);
    expect((await PATCH(jsonRequest(`${base}/${missing}`, "PATCH", {}), withId(missing))).status).toBe(404);
  });

  it("deletes with 204, after which the endpoint is gone", async () => {
    const { json } = await post({ name: uniqueName("del"), baseUrl: "http://127.0.0.1:1234/v1", model: "qwen" });
    const id = String(json.id);
    const deleted = await DELETE(new Request(`${base}/${id}`, { method: "DELETE" }), withId(id));
    expect(deleted.status).toBe(204);
    expect((await getOne(new Request(`${base}/${id}`), withId(id))).status).toBe(404);
  });
});
