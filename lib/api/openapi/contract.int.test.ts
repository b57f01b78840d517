// The OpenAPI document cannot drift from the server: every route under app/api (found on disk) is in it with each
// of its methods, and each operation's real answers, one success and one failure per operation, called through the
// real handlers against the real Postgres and Redis, match the document's schema for their status.
import { globSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestAccount, type TTestAccount } from "@/test/accounts";
import { uploadForm } from "@/test/datasets-fixtures";
import { seedQaDataset } from "@/test/judging-fixtures";
import { createContractChecker } from "@/test/openapi-contract";
import { seedJudging, seedRunWithOutputs } from "@/test/outputs-seed";
import { getOpenApiDocument } from "./document";
import { HTTP_METHODS, openApiPath } from "./operations";

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type TCall = { params?: Record<string, string>; search?: string; json?: unknown; form?: FormData };
type TFixtures = Awaited<ReturnType<typeof seedFixtures>>;
/** One operation's success and failure; run in this order, since some change the state the next ones read. */
type TExample = { route: string; method: string; ok: (f: TFixtures) => TCall; error: (f: TFixtures) => TCall };

const id = (value: string) => ({ params: { id: value } });
const missing = () => id(randomUUID());
const csv = "text,label\nchest pain,cardiology\ntumour,neoplasms\nheart,cardiology\nmass,neoplasms\n";

const EXAMPLES: TExample[] = [
  { route: "/api/health", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  { route: "/api/openapi.json", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/auth/[...all]",
    method: "GET",
    ok: () => ({ params: { all: "get-session" } }),
    error: () => ({ params: { all: "api-key/get" } }),
  },
  {
    route: "/api/auth/[...all]",
    method: "POST",
    ok: () => ({ params: { all: "sign-out" }, json: {} }),
    error: () => ({
      params: { all: "sign-in/email" },
      json: { email: "nobody@example.com", password: "wrong-password" },
    }),
  },
  { route: "/api/datasets", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/datasets",
    method: "POST",
    ok: () => ({
      form: uploadForm({
        fields: { name: `contract-${randomUUID()}`, task: "CLASSIFICATION" },
        file: { name: "c.csv", bytes: csv },
      }),
    }),
    error: () => ({ form: uploadForm({ fields: { task: "CLASSIFICATION" }, file: { name: "c.csv", bytes: csv } }) }),
  },
  {
    route: "/api/datasets/preview",
    method: "POST",
    ok: () => ({ form: uploadForm({ fields: {}, file: { name: "c.csv", bytes: csv } }) }),
    error: () => ({ form: uploadForm({ fields: {}, file: { name: "c.xlsx", bytes: csv } }) }),
  },
  { route: "/api/datasets/[id]", method: "GET", ok: (f) => id(f.seed.datasetId), error: missing },
  {
    route: "/api/datasets/[id]/samples",
    method: "GET",
    ok: (f) => id(f.seed.datasetId),
    error: (f) => ({ ...id(f.seed.datasetId), search: "?limit=-1" }),
  },
  { route: "/api/datasets/[id]", method: "DELETE", ok: (f) => id(f.spareDatasetId), error: missing },
  { route: "/api/endpoints", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/endpoints",
    method: "POST",
    ok: () => ({ json: { name: `contract-${randomUUID()}`, baseUrl: "https://api.example.com/v1", model: "m" } }),
    error: () => ({ json: { name: "", baseUrl: "not a url", model: "m" } }),
  },
  { route: "/api/endpoints/[id]", method: "GET", ok: (f) => id(f.seed.endpointId), error: missing },
  {
    route: "/api/endpoints/[id]",
    method: "PATCH",
    ok: (f) => ({ ...id(f.spareEndpointId), json: { tags: ["contract"] } }),
    error: (f) => ({ ...id(f.spareEndpointId), json: { timeoutMs: -1 } }),
  },
  { route: "/api/endpoints/[id]/test", method: "POST", ok: (f) => id(f.seed.endpointId), error: missing },
  {
    route: "/api/endpoints/[id]",
    method: "DELETE",
    ok: (f) => id(f.spareEndpointId),
    error: (f) => id(f.seed.endpointId),
  },
  {
    route: "/api/runs",
    method: "GET",
    ok: (f) => ({ search: `?datasetId=${f.seed.datasetId}` }),
    error: () => ({ search: "?datasetId=nope" }),
  },
  {
    route: "/api/runs",
    method: "POST",
    ok: (f) => ({ json: { datasetId: f.seed.datasetId, endpointId: f.seed.endpointId } }),
    error: (f) => ({ json: { datasetId: f.seed.datasetId } }),
  },
  {
    route: "/api/runs/preview",
    method: "POST",
    ok: (f) => ({ json: { datasetId: f.seed.datasetId, endpointId: f.seed.endpointId } }),
    error: () => ({ json: { datasetId: randomUUID() } }),
  },
  { route: "/api/runs/[id]", method: "GET", ok: (f) => id(f.seed.runId), error: missing },
  {
    route: "/api/runs/[id]/outputs",
    method: "GET",
    ok: (f) => id(f.seed.runId),
    error: (f) => ({ ...id(f.seed.runId), search: "?view=nope" }),
  },
  {
    route: "/api/runs/[id]/outputs/[sampleId]",
    method: "GET",
    ok: (f) => ({ params: { id: f.seed.runId, sampleId: String(f.seed.samples[0]!.id) } }),
    error: (f) => ({ params: { id: f.seed.runId, sampleId: "0" } }),
  },
  {
    route: "/api/runs/[id]/outputs/export",
    method: "GET",
    ok: (f) => ({ ...id(f.seed.runId), search: "?format=csv" }),
    error: (f) => ({ ...id(f.seed.runId), search: "?format=xml" }),
  },
  { route: "/api/runs/[id]/invalid-groups", method: "GET", ok: (f) => id(f.seed.runId), error: missing },
  { route: "/api/runs/[id]/cancel", method: "POST", ok: (f) => id(f.runningRunId), error: (f) => id(f.seed.runId) },
  { route: "/api/runs/[id]/resume", method: "POST", ok: (f) => id(f.runningRunId), error: (f) => id(f.seed.runId) },
  { route: "/api/runs/[id]/rerun-failed", method: "POST", ok: (f) => id(f.seed.runId), error: missing },
  {
    route: "/api/compare",
    method: "GET",
    ok: (f) => ({ search: `?a=${f.seed.runId}&b=${f.secondRunId}` }),
    error: (f) => ({ search: `?a=${f.seed.runId}` }),
  },
  {
    route: "/api/leaderboard",
    method: "GET",
    ok: (f) => ({ search: `?datasetId=${f.seed.datasetId}` }),
    error: () => ({ search: "?datasetId=nope" }),
  },
  {
    route: "/api/leaderboard/export",
    method: "GET",
    ok: (f) => ({ search: `?datasetId=${f.seed.datasetId}&format=jsonl` }),
    error: () => ({ search: `?datasetId=${randomUUID()}&format=csv` }),
  },
  {
    route: "/api/judgings",
    method: "GET",
    ok: (f) => ({ search: `?runId=${f.seed.runId}` }),
    error: () => ({ search: "?runId=nope" }),
  },
  {
    route: "/api/judgings",
    method: "POST",
    ok: (f) => ({ json: { judgeEndpointId: f.seed.endpointId, datasetId: f.qaDatasetId } }),
    error: (f) => ({ json: { judgeEndpointId: f.seed.endpointId } }),
  },
  { route: "/api/judgings/[id]", method: "GET", ok: (f) => id(f.judgingId), error: missing },
  {
    route: "/api/judgings/[id]/judgements",
    method: "GET",
    ok: (f) => id(f.judgingId),
    error: (f) => ({ ...id(f.judgingId), search: "?limit=0" }),
  },
  {
    route: "/api/judgings/[id]/cancel",
    method: "POST",
    ok: (f) => id(f.runningJudgingId),
    error: (f) => id(f.judgingId),
  },
  {
    route: "/api/judgings/[id]/resume",
    method: "POST",
    ok: (f) => id(f.runningJudgingId),
    error: (f) => id(f.judgingId),
  },
  { route: "/api/local/v1/models", method: "GET", ok: () => ({}), error: () => ({ search: "?x=%00" }) },
  {
    route: "/api/local/v1/chat/completions",
    method: "POST",
    ok: (f) => ({
      json: { model: `majority:${f.seed.datasetId}`, messages: [{ role: "user", content: "Text: chest pain" }] },
    }),
    error: () => ({ json: { model: "majority", messages: [] } }),
  },
];

async function seedFixtures() {
  const seed = await seedRunWithOutputs(["cardiology", "!maybe", "neoplasms", "error"]);
  const judgingId = await seedJudging(seed, [7, null, 3, 5]);
  const runningJudgingId = await seedJudging(seed, [4, 6, 8, 2]);
  await prisma.judging.update({ where: { id: runningJudgingId }, data: { status: "RUNNING" } });
  const {
    id: _id,
    createdAt: _c,
    startedAt: _s,
    finishedAt: _f,
    ...runData
  } = await prisma.run.findUniqueOrThrow({ where: { id: seed.runId } });
  const running = await prisma.run.create({ data: { ...runData, status: "RUNNING" } });
  const second = await prisma.run.create({ data: { ...runData, status: "COMPLETED" } });
  await prisma.output.createMany({
    data: seed.samples.map((sample, index) => ({
      runId: second.id,
      sampleId: sample.id,
      rawText: "neoplasms",
      parsedLabel: "neoplasms",
      valid: true,
      correct: seed.expected[index] === "neoplasms",
      attempts: 1,
    })),
  });
  const spare = await seedRunWithOutputs([]);
  await prisma.run.delete({ where: { id: spare.runId } });
  const spareEndpoint = await prisma.modelEndpoint.create({
    data: { name: `contract-${randomUUID()}`, baseUrl: "https://api.example.com/v1", model: "m" },
  });
  const qa = await seedQaDataset(prisma, [
    { question: "What is angina?", answer: "Chest pain from reduced blood flow." },
  ]);
  return {
    seed,
    judgingId,
    runningJudgingId,
    runningRunId: running.id,
    secondRunId: second.id,
    spareDatasetId: spare.datasetId,
    spareEndpointId: spareEndpoint.id,
    qaDatasetId: qa.datasetId,
  };
}

const ORIGIN = "http://127.0.0.1:3000";
let admin: TTestAccount;
let fixtures: TFixtures;
const modules = new Map<string, Record<string, unknown>>();
const routesOnDisk = globSync("app/api/**/route.ts")
  .sort()
  .map((file) => ({ file, route: `/${file.replace(/^app\//, "").replace(/\/?route\.ts$/, "")}` }));

beforeAll(async () => {
  admin = await createTestAccount("admin");
  fixtures = await seedFixtures();
  for (const { file, route } of routesOnDisk) {
    modules.set(route, (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>);
  }
});

function methodsOf(route: string): string[] {
  return HTTP_METHODS.filter((method) => typeof modules.get(route)?.[method] === "function");
}

async function call(example: TExample, options: TCall): Promise<Response> {
  const params = options.params ?? {};
  const path = example.route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => params[name] ?? "");
  const headers: Record<string, string> = { authorization: `Bearer ${admin.token}`, origin: ORIGIN };
  if (options.json !== undefined) headers["content-type"] = "application/json";
  const body = options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  const request = new Request(`${ORIGIN}${path}${options.search ?? ""}`, { method: example.method, headers, body });
  const handler = modules.get(example.route)![example.method] as THandler;
  const routeParams = example.route.includes("[...") ? { all: (params.all ?? "").split("/") } : params;
  return handler(request, { params: Promise.resolve(routeParams as Record<string, string>) });
}

describe("the OpenAPI document", () => {
  it("has every route under app/api, with each method its module exports, and no other", () => {
    const document = getOpenApiDocument();
    const expected = routesOnDisk.map(({ route }) => [
      openApiPath(route),
      methodsOf(route).map((m) => m.toLowerCase()),
    ]);
    const actual = Object.entries(document.paths).map(([path, operations]) => [path, Object.keys(operations)]);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });

  it("has a success and a failure example in this test for every operation", () => {
    const covered = new Set(EXAMPLES.map((example) => `${example.method} ${example.route}`));
    for (const { route } of routesOnDisk) {
      for (const method of methodsOf(route)) expect(covered, `${method} ${route}`).toContain(`${method} ${route}`);
    }
  });

  it("describes every route's real success and failure answers", async () => {
    const { expectConforms } = createContractChecker(getOpenApiDocument());
    for (const example of EXAMPLES) {
      const path = openApiPath(example.route);
      const ok = await call(example, example.ok(fixtures));
      expect(ok.status, `${example.method} ${example.route} succeeds`).toBeLessThan(300);
      await expectConforms(path, example.method, ok);
      const error = await call(example, example.error(fixtures));
      expect(error.status, `${example.method} ${example.route} fails`).toBeGreaterThanOrEqual(400);
      await expectConforms(path, example.method, error);
    }
  });
});
