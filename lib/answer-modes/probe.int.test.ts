import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as testRoute } from "@/app/api/endpoints/[id]/test/route";
import { prisma } from "@/lib/db/prisma";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { createEndpoint } from "@/lib/endpoints/service";
import { removeEndpoints, uniqueName } from "@/test/endpoints-fixtures";
import { startLlmServer, type TLlmServer } from "@/test/llm-server/server";
import { readCapabilities } from "./capabilities";

const created: string[] = [];
let server: TLlmServer;

beforeAll(async () => {
  server = await startLlmServer();
});

afterAll(async () => {
  await server.close();
  await removeEndpoints(created);
  await prisma.$disconnect();
});

async function testModel(model: string) {
  const view = await createEndpoint(ZEndpointInput.parse({ name: uniqueName("modes"), baseUrl: server.url, model }));
  created.push(view.id);
  const response = await testRoute(new Request(`http://127.0.0.1/api/endpoints/${view.id}/test`, { method: "POST" }), {
    params: Promise.resolve({ id: view.id }),
  });
  const body = (await response.json()) as { ok: boolean; warnings: string[]; capabilities: unknown };
  const row = await prisma.modelEndpoint.findUniqueOrThrow({ where: { id: view.id } });
  return { body, stored: readCapabilities(row.capabilities) };
}

describe("Test connection probes the answer modes", () => {
  it("finds every mode supported on an endpoint that honours them, and stores it", async () => {
    const { body, stored } = await testModel("constant:yes");
    expect(body).toMatchObject({ ok: true, warnings: [] });
    expect(stored).toMatchObject({ JSON_SCHEMA: "supported", GUIDED_CHOICE: "supported", LOGPROBS: "supported" });
    expect(body.capabilities).toEqual(stored);
  });

  it("warns that an endpoint ignored the JSON schema", async () => {
    const { body, stored } = await testModel("ignore-schema+constant:yes");
    expect(stored).toMatchObject({ JSON_SCHEMA: "ignored", LOGPROBS: "ignored" });
    expect(body.warnings).toContain("This endpoint ignored the JSON schema: it answered in prose.");
  });

  it("records modes an endpoint refuses", async () => {
    const { body, stored } = await testModel("reject-schema+constant:yes");
    expect(stored).toMatchObject({ JSON_SCHEMA: "rejected", GUIDED_CHOICE: "rejected", LOGPROBS: "rejected" });
    expect(body.warnings).toContain("This endpoint refused JSON schema.");
  });
});
