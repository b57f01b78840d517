import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiRoute } from "../route";
import { toJsonSchema } from "./json-schema";
import { describeRoute, openApiPath } from "./operations";

describe("the OpenAPI operations", () => {
  it("turns Next's dynamic segments into path templates", () => {
    expect(openApiPath("/api/runs/[id]/outputs/[sampleId]")).toBe("/api/runs/{id}/outputs/{sampleId}");
    expect(openApiPath("/api/auth/[...all]")).toBe("/api/auth/{all}");
  });

  it("describes a Date as an ISO string and a request by what the caller sends", () => {
    expect(toJsonSchema(z.object({ at: z.date() }), "output")).toMatchObject({
      properties: { at: { type: "string", format: "date-time" } },
    });
    const query = toJsonSchema(z.object({ limit: z.coerce.number().int().default(50) }), "input");
    expect(query).toMatchObject({ properties: { limit: { type: "integer", default: 50 } } });
    expect(query.required ?? []).not.toContain("limit");
  });

  it("documents the params, query, body and success the route declares, and refuses a handler it cannot describe", () => {
    const GET = apiRoute(
      {
        params: z.object({ id: z.uuid() }),
        query: z.object({ q: z.string().max(10) }),
        response: { status: 200, description: "Found.", json: z.object({ id: z.uuid() }) },
      },
      async ({ params, reply }) => reply({ id: params.id }),
    );
    const POST = apiRoute(
      { body: z.object({ name: z.string() }), response: { status: 204, description: "Done." } },
      async () => new Response(null, { status: 204 }),
    );
    const { get, post } = describeRoute("/api/things/[id]", { GET, POST });
    expect(get).toMatchObject({
      parameters: [
        { name: "id", in: "path", required: true },
        { name: "q", in: "query", required: true, schema: { maxLength: 10 } },
      ],
      responses: { "200": { content: { "application/json": { schema: { required: ["id"] } } } } },
    });
    expect(post).toMatchObject({
      requestBody: { content: { "application/json": { schema: { required: ["name"] } } } },
    });
    expect((post!.responses as Record<string, unknown>)["204"]).toEqual({ description: "Done." });
    expect(() => describeRoute("/api/raw", { GET: async () => new Response() })).toThrow(/not made by apiRoute/);
  });
});
