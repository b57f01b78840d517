// The requests issue 13 ("500s and dropped connections on bad requests") found answered with a 500 or a reset
// connection, each against the real route handler and Postgres: every one must now be a 4xx in the error shape.
// (The sweep over every route is route-sweep.int.test.ts; pages are swept by e2e/page-sweep.spec.ts.)
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as samplesRoute } from "@/app/api/datasets/[id]/samples/route";
import { POST as uploadRoute } from "@/app/api/datasets/route";
import { POST as createEndpointRoute } from "@/app/api/endpoints/route";
import { POST as createJudgingsRoute } from "@/app/api/judgings/route";
import { POST as cancelRoute } from "@/app/api/runs/[id]/cancel/route";
import { GET as exportRoute } from "@/app/api/runs/[id]/outputs/export/route";
import { GET as outputsRoute } from "@/app/api/runs/[id]/outputs/route";
import { POST as rerunRoute } from "@/app/api/runs/[id]/rerun-failed/route";
import { POST as resumeRoute } from "@/app/api/runs/[id]/resume/route";
import { GET as runRoute } from "@/app/api/runs/[id]/route";
import { GET as listRunsRoute, POST as createRunsRoute } from "@/app/api/runs/route";
import { prisma } from "@/lib/db/prisma";
import { seedRunWithOutputs } from "@/test/outputs-seed";
import { createTestAccount, type TTestAccount } from "@/test/accounts";

const ORIGIN = "http://127.0.0.1:3000";
type THandler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

function send(handler: THandler, path: string, init: RequestInit = {}, id = "") {
  return handler(new Request(`${ORIGIN}${path}`, init), { params: Promise.resolve({ id }) });
}

const post = (body: string, contentType: string | null = "application/json"): RequestInit => ({
  method: "POST",
  headers: contentType ? { "content-type": contentType } : {},
  body,
});

/** The status and the error body; reading the whole body also proves the connection was not dropped mid-stream. */
async function refusal(response: Response) {
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as { error: { code: string; details?: unknown } } };
}

let seed: Awaited<ReturnType<typeof seedRunWithOutputs>>;
let admin: TTestAccount;

beforeAll(async () => {
  seed = await seedRunWithOutputs(["cardiology", "!maybe", "neoplasms", "error"]);
  admin = await createTestAccount("admin");
});

afterAll(async () => {
  await prisma.dataset.delete({ where: { id: seed.datasetId } });
  await prisma.modelEndpoint.delete({ where: { id: seed.endpointId } });
});

describe("POST /api/runs and POST /api/judgings", () => {
  const routes: [string, THandler][] = [
    ["/api/runs", createRunsRoute],
    ["/api/judgings", createJudgingsRoute],
  ];

  it.each(routes)("%s answers malformed, empty, form-encoded and over-10-MB bodies with a 4xx", async (path, route) => {
    const bad = await refusal(await send(route, path, post("{not json")));
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "invalid_json" } } });
    expect((await refusal(await send(route, path, post("")))).status).toBe(400);
    const form = await refusal(await send(route, path, post("datasetId=x", "application/x-www-form-urlencoded")));
    expect(form).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type" } } });
    // The cookie POST of JSON as text/plain (a "simple request" no preflight guards) is refused too.
    expect((await refusal(await send(route, path, post("{}", "text/plain")))).status).toBe(415);
    const huge = `{"datasetId":"${"x".repeat(10 * 1024 * 1024 + 1)}"}`;
    expect(await refusal(await send(route, path, post(huge)))).toMatchObject({ status: 413 });
    const deep = await refusal(await send(route, path, post(`${"[".repeat(50_000)}${"]".repeat(50_000)}`)));
    expect(deep).toMatchObject({ status: 400, body: { error: { code: "json_too_deep" } } });
  });

  it.each(routes)("%s names the field a schema failure is about (422)", async (path, route) => {
    const { status, body } = await refusal(await send(route, path, post('{"datasetId":"not-a-uuid"}')));
    expect(status).toBe(422);
    expect(body.error.details).toContainEqual({ path: "datasetId", message: expect.any(String) });
  });
});

describe("run ids that are not uuids", () => {
  it("GET /api/runs/not-a-uuid and its cancel, resume and rerun-failed answer 404", async () => {
    expect((await refusal(await send(runRoute, "/api/runs/not-a-uuid", {}, "not-a-uuid"))).status).toBe(404);
    for (const [action, route] of [
      ["cancel", cancelRoute],
      ["resume", resumeRoute],
      ["rerun-failed", rerunRoute],
    ] as const) {
      const response = await send(route, `/api/runs/not-a-uuid/${action}`, { method: "POST" }, "not-a-uuid");
      expect((await refusal(response)).status, action).toBe(404);
    }
  });

  it("GET /api/runs?datasetId=not-a-uuid answers 422 naming datasetId; a real one still filters", async () => {
    const bad = await refusal(await send(listRunsRoute, "/api/runs?datasetId=not-a-uuid"));
    expect(bad.status).toBe(422);
    expect(bad.body.error.details).toContainEqual({ path: "datasetId", message: expect.any(String) });
    const good = await send(listRunsRoute, `/api/runs?datasetId=${seed.datasetId}`);
    expect(((await good.json()) as { runs: { id: string }[] }).runs.map((run) => run.id)).toEqual([seed.runId]);
  });
});

describe("NUL bytes in filters", () => {
  it.each(["q", "expected", "predicted"])("the outputs list refuses %s=%00 with 422", async (key) => {
    const response = await send(outputsRoute, `/api/runs/${seed.runId}/outputs?${key}=a%00b`, {}, seed.runId);
    const { status, body } = await refusal(response);
    expect(status).toBe(422);
    expect(body.error.details).toContainEqual({ path: key, message: expect.stringMatching(/NUL/) });
  });

  it("the CSV export with expected=%00 answers 422 instead of dropping the connection", async () => {
    const path = `/api/runs/${seed.runId}/outputs/export?format=csv&expected=%00`;
    expect((await refusal(await send(exportRoute, path, {}, seed.runId))).status).toBe(422);
  });

  it.each(["q", "label"])("the samples list refuses %s=%00 with 422", async (key) => {
    const response = await send(samplesRoute, `/api/datasets/${seed.datasetId}/samples?${key}=%00`, {}, seed.datasetId);
    expect((await refusal(response)).status).toBe(422);
  });
});

describe("NUL bytes in saved fields", () => {
  it("an endpoint named with a NUL is refused with 422 on name, and nothing is saved", async () => {
    const name = `nul\u0000${randomUUID()}`;
    const body = JSON.stringify({ name, baseUrl: "https://api.example.com/v1", model: "m" });
    const { status, body: error } = await refusal(await send(createEndpointRoute, "/api/endpoints", post(body)));
    expect(status).toBe(422);
    expect(error.error.details).toContainEqual({ path: "name", message: expect.stringMatching(/NUL/) });
    expect(await prisma.modelEndpoint.count({ where: { name: { startsWith: "nul" } } })).toBe(0);
  });

  it("a dataset uploaded with a NUL in its name is refused with 422 on name", async () => {
    const form = new FormData();
    form.append("name", `nul\u0000${randomUUID()}`);
    form.append("task", "CLASSIFICATION");
    form.append("file", new Blob(["text,label\nhello,a\nworld,b\n"]), "nul.csv");
    const headers = { authorization: `Bearer ${admin.token}` };
    const { status, body } = await refusal(
      await send(uploadRoute, "/api/datasets", { method: "POST", body: form, headers }),
    );
    expect(status).toBe(422);
    expect(body.error.details).toContainEqual({ path: "name", message: expect.stringMatching(/NUL/) });
  });

  it("an API token named with a NUL is refused with 422, and nothing is saved", async () => {
    const request = new Request(`${ORIGIN}/api/auth/api-key/create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: admin.cookie, origin: ORIGIN },
      body: JSON.stringify({ name: "token\u0000name" }),
    });
    expect((await refusal(await authPost(request))).status).toBe(422);
    expect(await prisma.apiToken.count({ where: { referenceId: admin.userId } })).toBe(1);
  });
});
