import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import {
  columnTexts,
  createRunUsing,
  readRawRow,
  removeEndpoints,
  uniqueApiKey,
  uniqueName,
} from "@/test/endpoints-fixtures";
import { findEndpoint } from "./queries";
import { ZEndpointInput, ZEndpointPatch } from "./schemas";
import { loadEndpointSecrets } from "./secrets";
import { createEndpoint, deleteEndpoint, updateEndpoint } from "./service";

const created: string[] = [];
const datasets: string[] = [];

afterAll(async () => {
  await prisma.dataset.deleteMany({ where: { id: { in: datasets } } });
  await removeEndpoints(created);
});

async function register(overrides: Record<string, unknown> = {}) {
  const input = ZEndpointInput.parse({
    name: uniqueName("svc"),
    baseUrl: "http://127.0.0.1:8000/v1/",
    model: "llama",
    ...overrides,
  });
  const view = await createEndpoint(input);
  created.push(view.id);
  return view;
}

describe("endpoint secrets at rest", () => {
  it("stores no plaintext key or header value in any column, and decrypts them for the workers", async () => {
    const apiKey = uniqueApiKey();
    const headerValue = `team-secret-${uniqueApiKey()}`;
    const view = await register({ apiKey, headers: { "X-Team-Token": headerValue } });

    const texts = columnTexts(await readRawRow(view.id));
    for (const secret of [apiKey, headerValue, Buffer.from(apiKey).toString("base64")]) {
      for (const text of texts) expect(text).not.toContain(secret);
    }
    expect(texts.some((text) => text.includes("v1:"))).toBe(true);

    expect(await loadEndpointSecrets(view.id)).toEqual({ apiKey, headers: { "X-Team-Token": headerValue } });
    expect(view).toMatchObject({ hasApiKey: true, apiKeyLast4: `…${apiKey.slice(-4)}`, headerNames: ["X-Team-Token"] });
    expect(view.baseUrl).toBe("http://127.0.0.1:8000/v1");
  });

  it("does not reveal the end of a short key", async () => {
    const view = await register({ apiKey: "short-key" });
    expect(view).toMatchObject({ hasApiKey: true, apiKeyLast4: null });
    expect((await readRawRow(view.id)).apiKeyLast4).toBeNull();
  });
});

describe("base URL checks on save", () => {
  it("refuses a name that resolves to loopback, and accepts one that does not resolve yet", async () => {
    const resolvesTo = (addresses: string[]) => ({ allowlist: [], resolve: async () => addresses });
    const input = ZEndpointInput.parse({
      name: uniqueName("dns"),
      baseUrl: "http://models.example.test/v1",
      model: "m",
    });
    await expect(createEndpoint(input, prisma, resolvesTo(["93.184.215.14", "127.0.0.1"]))).rejects.toMatchObject({
      status: 422,
      details: [{ path: "baseUrl", message: expect.stringMatching(/resolves to 127\.0\.0\.1, which is a loopback/) }],
    });
    expect(await prisma.modelEndpoint.count({ where: { name: input.name } })).toBe(0);

    const offline = {
      allowlist: [],
      resolve: () => Promise.reject(Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" })),
    };
    const view = await createEndpoint(input, prisma, offline);
    created.push(view.id);
    await expect(
      updateEndpoint(view.id, { baseUrl: "http://models.example.test/v2" }, prisma, resolvesTo(["::1"])),
    ).rejects.toMatchObject({ status: 422 });
  });
});

describe("updateEndpoint", () => {
  it("keeps the key when omitted, replaces it when given and removes it on null or empty", async () => {
    const original = uniqueApiKey();
    const view = await register({ apiKey: original, headers: { "X-A": "1" } });

    const kept = await updateEndpoint(view.id, ZEndpointPatch.parse({ model: "llama-2" }));
    expect(kept).toMatchObject({ model: "llama-2", apiKeyLast4: `…${original.slice(-4)}`, headerNames: ["X-A"] });
    expect(await loadEndpointSecrets(view.id)).toEqual({ apiKey: original, headers: { "X-A": "1" } });

    const replacement = uniqueApiKey();
    await updateEndpoint(view.id, ZEndpointPatch.parse({ apiKey: replacement, headers: { "X-B": "2" } }));
    expect(await loadEndpointSecrets(view.id)).toEqual({ apiKey: replacement, headers: { "X-B": "2" } });
    for (const text of columnTexts(await readRawRow(view.id))) expect(text).not.toContain(replacement);

    const removed = await updateEndpoint(view.id, ZEndpointPatch.parse({ apiKey: "", headers: null }));
    expect(removed).toMatchObject({ hasApiKey: false, apiKeyLast4: null, headerNames: [] });
    expect(await loadEndpointSecrets(view.id)).toEqual({ apiKey: null, headers: {} });

    await updateEndpoint(view.id, ZEndpointPatch.parse({ apiKey: uniqueApiKey() }));
    expect((await updateEndpoint(view.id, ZEndpointPatch.parse({ apiKey: null }))).hasApiKey).toBe(false);
    expect(await readRawRow(view.id)).toMatchObject({
      apiKeyCiphertext: null,
      apiKeyLast4: null,
      headersCiphertext: null,
    });
  });

  it("clears optional numbers with null and leaves the other fields alone", async () => {
    const view = await register({
      inputPricePerM: 0.15,
      outputPricePerM: 0.6,
      requestsPerMinute: 60,
      tags: ["commercial"],
    });
    const updated = await updateEndpoint(
      view.id,
      ZEndpointPatch.parse({ inputPricePerM: null, requestsPerMinute: null }),
    );
    expect(updated).toMatchObject({
      inputPricePerM: null,
      outputPricePerM: 0.6,
      requestsPerMinute: null,
      tags: ["commercial"],
    });
  });

  it("answers 404 for unknown or malformed ids and 409 name_taken for a duplicate name", async () => {
    const first = await register();
    const second = await register();
    await expect(updateEndpoint("0197a000-0000-7000-8000-000000000000", {})).rejects.toMatchObject({ status: 404 });
    await expect(updateEndpoint("not-a-uuid", {})).rejects.toMatchObject({ status: 404 });
    await expect(updateEndpoint(second.id, { name: first.name })).rejects.toMatchObject({
      status: 409,
      code: "name_taken",
    });
  });
});

describe("deleteEndpoint", () => {
  it("refuses while a run references the endpoint, saying why, and deletes once it is unused", async () => {
    const view = await register();
    const { datasetId } = await createRunUsing(view.id);
    datasets.push(datasetId);

    await expect(deleteEndpoint(view.id)).rejects.toMatchObject({
      status: 409,
      code: "endpoint_in_use",
      message: expect.stringMatching(/used by 1 run\b/),
    });
    expect((await findEndpoint(view.id))?.usage).toEqual({ runs: 1, judgings: 0 });

    await prisma.dataset.delete({ where: { id: datasetId } });
    await deleteEndpoint(view.id);
    expect(await findEndpoint(view.id)).toBeNull();
    await expect(deleteEndpoint(view.id)).rejects.toMatchObject({ status: 404 });
  });
});
