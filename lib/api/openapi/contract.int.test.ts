// The OpenAPI document cannot drift from the server: every route under app/api (found on disk) is in it with each
// of its methods, and each operation's real answers, one success and one failure per operation, called through the
// real handlers against the real Postgres and Redis, match the document's schema for their status.
import { globSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAccount, type TTestAccount } from "@/test/accounts";
import { createContractChecker } from "@/test/openapi-contract";
import { EXAMPLES, type TCall, type TExample } from "@/test/openapi-examples";
import { seedFixtures, type TFixtures } from "@/test/openapi-fixtures";
import { getOpenApiDocument } from "./document";
import { HTTP_METHODS, openApiPath } from "./operations";

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
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
