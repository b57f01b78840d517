// Every route handler in app/api (found on disk, so a new route is covered the day it is added) is sent the
// requests an adversarial review sends: bad and empty JSON, the wrong content type, a form post, an oversized and a
// deeply nested body, ids that are not uuids, NUL characters and over-long strings in every declared query parameter
// and body field. Each must get a 4xx in the API's error shape, never a 500. Handlers are called directly, as the
// real ones, against the real Postgres; proxy.ts (who may call what) is proven by route-permissions.int.test.ts.
import { globSync, readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { seedJudging, seedRunWithOutputs } from "@/test/outputs-seed";
import { createTestAccount, type TTestAccount } from "@/test/accounts";
import { routeSpecOf, type TRouteSpec } from "./route";

const ORIGIN = "http://127.0.0.1:3000";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
/** The one handler this app does not write: its JSON bodies are screened (lib/api/screen-json.ts). */
const FOREIGN_ROUTES = ["/api/auth/[...all]"];
const LONG = "x".repeat(100_001);

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type TRouteCase = { file: string; route: string; method: string; handler: THandler; spec: TRouteSpec | null };

function findRouteCases(): Promise<TRouteCase[]> {
  const files = globSync("app/api/**/route.ts").sort();
  return Promise.all(
    files.map(async (file) => {
      const route = `/${file.replace(/^app\//, "").replace(/\/?route\.ts$/, "")}`;
      const handlers = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
      return METHODS.flatMap((method) => {
        const handler = handlers[method];
        if (typeof handler !== "function") return [];
        return [{ file, route, method, handler: handler as THandler, spec: routeSpecOf(handler) }];
      });
    }),
  ).then((nested) => nested.flat());
}

/** The dynamic segments' names: `[id]` → id. Catch-alls (Better Auth's) take the request's own path. */
function segmentNames(route: string): string[] {
  return [...route.matchAll(/\[(?!\.\.\.)([^\]]+)\]/g)].map((match) => match[1]!);
}

function pathFor(route: string, values: Record<string, string>): string {
  return route
    .replace(/\[\.\.\.[^\]]+\]/g, "sign-in/email")
    .replace(/\[([^\]]+)\]/g, (_, name: string) => encodeURIComponent(values[name] ?? ""));
}

/** The keys of an object schema (through intersections and pipes), so every declared field gets its bad values. */
function schemaKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodIntersection) {
    return [...schemaKeys(schema.def.left as z.ZodType), ...schemaKeys(schema.def.right as z.ZodType)];
  }
  if (schema instanceof z.ZodPipe) return schemaKeys(schema.def.in as z.ZodType);
  return [];
}

let cases: TRouteCase[] = [];
let admin: TTestAccount;
/**
 * Real records for the GET requests, by the folder an `[id]` is in (`/api/runs/[id]` → a run), so bad query values
 * reach the real queries; the other methods get fresh uuids, so the sweep never changes these records.
 */
let records: Record<string, string> = {};

beforeAll(async () => {
  cases = await findRouteCases();
  admin = await createTestAccount("admin");
  const seed = await seedRunWithOutputs(["cardiology", "!maybe", "neoplasms", "error"]);
  const judgingId = await seedJudging(seed, [7, null, 3, 5]);
  records = {
    runs: seed.runId,
    datasets: seed.datasetId,
    endpoints: seed.endpointId,
    judgings: judgingId,
    outputs: String(seed.samples[0]!.id),
    samples: String(seed.samples[0]!.id),
    // The built-in provider's fine-tuning jobs have OpenAI-style ids: a well-formed one of no job.
    jobs: `ftjob-${randomUUID()}`,
  };
});

/** The value for each dynamic segment of a GET: the record of its folder, when there is one. */
function recordParams(route: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of route.matchAll(/\/([^/]+)\/\[([^\]]+)\]/g)) {
    const record = records[match[1]!];
    if (record) values[match[2]!] = record;
  }
  return values;
}

type TCall = { params?: Record<string, string>; search?: string; body?: BodyInit; headers?: Record<string, string> };

/** A request as Next hands it to the handler, by an admin's token (the uploads authorise themselves). */
async function call(c: TRouteCase, options: TCall = {}): Promise<Response> {
  const names = segmentNames(c.route);
  const defaults = c.method === "GET" ? recordParams(c.route) : {};
  const params = Object.fromEntries(
    names.map((name) => [name, options.params?.[name] ?? defaults[name] ?? randomUUID()]),
  );
  const url = `${ORIGIN}${pathFor(c.route, params)}${options.search ?? ""}`;
  const request = new Request(url, {
    method: c.method,
    headers: { authorization: `Bearer ${admin.token}`, ...options.headers },
    body: c.method === "GET" ? undefined : options.body,
  });
  return c.handler(request, { params: Promise.resolve(params) });
}

type TErrorBody = { error: { code: string; message: string; details?: unknown } };
const ERROR_SHAPE = { error: { code: expect.any(String), message: expect.any(String) } };
/** Better Auth answers its own refusals as `{ code?, message }`, the shape its browser client reads. */
const BETTER_AUTH_SHAPE = { message: expect.any(String) };

/** A 4xx in the error shape; `status` (one or several) when the case knows which. */
async function expectRefusal(response: Response, label: string, status?: number | number[]): Promise<TErrorBody> {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  if (status !== undefined) expect([status].flat(), label).toContain(response.status);
  const body = (await response.json()) as TErrorBody;
  expect(body, label).toMatchObject(ERROR_SHAPE);
  return body;
}

/** Never a 500; a refusal (4xx) is in the error shape (Better Auth's own, for its routes). */
async function expectNoServerError(response: Response, label: string, foreign = false): Promise<void> {
  expect(response.status, label).toBeLessThan(500);
  if (response.status < 400) return void (await response.body?.cancel());
  const body: unknown = await response.json();
  expect(body, label).toMatchObject(foreign && !("error" in (body as object)) ? BETTER_AUTH_SHAPE : ERROR_SHAPE);
}

const json = (body: string, contentType = "application/json") => ({ body, headers: { "content-type": contentType } });

const label = (c: TRouteCase, what: string) => `${c.method} ${c.route}: ${what}`;

describe("every route handler under app/api", () => {
  it("finds the routes on disk, all made by apiRoute but Better Auth's, none reading the request itself", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) {
      if (FOREIGN_ROUTES.includes(c.route)) continue;
      expect(c.spec, `${c.method} ${c.route} is made by apiRoute`).not.toBeNull();
      const source = readFileSync(c.file, "utf8");
      expect(source, c.file).not.toMatch(/request\.(json|text|formData)\(|searchParams|await params/);
    }
  });

  it("answer 404 for ids that are not uuids, NULs in ids, and uuids of records that do not exist", async () => {
    for (const c of cases) {
      const names = segmentNames(c.route);
      if (names.length === 0) continue;
      for (const value of ["not-a-uuid", "\u0000", "1", "99999999999", LONG]) {
        const params = Object.fromEntries(names.map((name) => [name, value]));
        await expectRefusal(
          await call(c, { params }),
          label(c, `id ${JSON.stringify(value.slice(0, 12))}`),
          [404, 422],
        );
      }
      // A well-formed id of nothing; a body route may refuse the empty body first.
      const missing = Object.fromEntries(names.map((name) => [name, name === "id" ? randomUUID() : "1"]));
      await expectRefusal(await call(c, { ...json("{}"), params: missing }), label(c, "a missing record"), [404, 422]);
    }
  });

  it("refuse a NUL or an over-long string in every query parameter they declare (and a NUL in any other)", async () => {
    for (const c of cases) {
      if (FOREIGN_ROUTES.includes(c.route)) continue;
      await expectRefusal(await call(c, { search: "?anything=%00" }), label(c, "NUL in an undeclared parameter"), 422);
      for (const key of schemaKeys(c.spec?.query)) {
        const nul = await expectRefusal(await call(c, { search: `?${key}=a%00b` }), label(c, `NUL in ${key}`), 422);
        expect(JSON.stringify(nul.error.details), label(c, key)).toContain(key);
        await expectRefusal(await call(c, { search: `?${key}=${LONG}` }), label(c, `long ${key}`), 422);
        // A number past every integer column: refused, or accepted and answered, but never a database error.
        for (const huge of ["99999999999", "99999999999999999999"]) {
          await expectNoServerError(await call(c, { search: `?${key}=${huge}` }), label(c, `huge ${key}`));
        }
        await expectNoServerError(await call(c, { search: `?${key}=-99999999999` }), label(c, `negative ${key}`));
      }
    }
  });

  it("answer bad, empty, mistyped, oversized and deeply nested bodies with 400, 413 or 415", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const bodies: [string, TCall, number][] = [
      ["bad JSON", json("{not json"), 400],
      ["an empty body", json(""), 400],
      ["JSON sent as text/plain", json("{}", "text/plain;charset=UTF-8"), 415],
      ["a form post", json("a=1&b=2", "application/x-www-form-urlencoded"), 415],
      ["a multipart body", json("--x\r\n\r\n--x--", "multipart/form-data; boundary=x"), 415],
      ["an 11 MB body", json(`{"a":"${"x".repeat(11 * 1024 * 1024)}"}`), 413],
      ["JSON nested 100,000 deep", json(deep), 400],
      ["an object nested 1,000 deep", json(`${'{"a":'.repeat(1000)}1${"}".repeat(1000)}`), 400],
    ];
    for (const c of cases) {
      if (c.method === "GET") continue;
      for (const [what, body, status] of bodies) {
        const response = await call(c, body);
        // Routes that read a JSON body know exactly what is wrong; the others must at least not fail.
        if (c.spec?.body) await expectRefusal(response, label(c, what), status);
        else await expectNoServerError(response, label(c, what), FOREIGN_ROUTES.includes(c.route));
      }
    }
  });

  it("refuse a NUL or an over-long string in every body field they declare, naming the field", async () => {
    for (const c of cases) {
      for (const key of schemaKeys(c.spec?.body)) {
        const nul = await expectRefusal(await call(c, json(JSON.stringify({ [key]: "a\u0000b" }))), label(c, key), 422);
        expect(nul.error.details, label(c, `NUL in ${key}`)).toContainEqual({ path: key, message: expect.any(String) });
        const long = await expectRefusal(await call(c, json(JSON.stringify({ [key]: LONG }))), label(c, key), 422);
        const paths = (long.error.details as { path: string }[]).map((detail) => detail.path);
        expect(paths, label(c, `long ${key}`)).toContain(key);
      }
    }
  });

  it("screen Better Auth's JSON bodies the same way", async () => {
    const [auth] = cases.filter((c) => c.route === "/api/auth/[...all]" && c.method === "POST");
    expect(auth).toBeDefined();
    await expectRefusal(await call(auth!, json("{not json")), "bad JSON", 400);
    await expectRefusal(await call(auth!, json(`${"[".repeat(1000)}${"]".repeat(1000)}`)), "deep JSON", 400);
    await expectRefusal(await call(auth!, json('{"email":"a\\u0000@x.io","password":"p"}')), "NUL", 422);
    await expectNoServerError(await call(auth!, json("{}", "text/plain")), "text/plain", true);
    const form = json("email=a&password=b", "application/x-www-form-urlencoded");
    await expectNoServerError(await call(auth!, form), "form", true);
  });
});
