// Every route handler in app/ (found on disk, so a new route is covered the day it is added) is run through the
// proxy with no caller, then as each role by session cookie and by API token: anonymous callers get 401, roles
// below the route's minimum get 403, and the rest pass through to the handler. The routes proxy.ts leaves out
// (the streamed uploads) are called directly instead: their handlers must refuse the same callers themselves.
import { globSync } from "node:fs";
import { randomUUID } from "node:crypto";
// The matcher half of next/experimental/testing/server (its index also loads request-scoped server internals).
import { unstable_doesMiddlewareMatch } from "next/dist/experimental/testing/server/middleware-testing-utils";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { deriveLocalModelKey } from "@/lib/local-models/access-key";
import { config, proxy } from "@/proxy";
import { createTestAccount, type TTestAccount } from "@/test/accounts";
import { hasRole, ROLES, type TRole } from "./roles";

const ORIGIN = "http://127.0.0.1:3000";
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** The intended rules, written out independently of lib/auth/policy.ts. */
const PUBLIC_ROUTES = ["/api/health", "/api/auth/[...all]"];
const ADMIN_WRITES = ["/api/endpoints", "/api/endpoints/[id]", "/api/endpoints/[id]/test"];
const LOCAL_MODEL_ROUTES = [
  "/api/local/v1/models",
  "/api/local/v1/chat/completions",
  // The built-in provider's fine-tuning API (issue 17).
  "/api/local/v1/files",
  "/api/local/v1/fine_tuning/jobs",
  "/api/local/v1/fine_tuning/jobs/[id]",
  "/api/local/v1/fine_tuning/jobs/[id]/events",
  "/api/local/v1/fine_tuning/jobs/[id]/cancel",
  "/api/local/v1/embeddings",
];
/** Left out of the proxy so their bodies stream: exactly these paths, every method. */
const SELF_AUTHORIZED_ROUTES = ["/api/datasets", "/api/datasets/preview"];

function minimumRole(route: string, method: string): TRole | "public" {
  if (PUBLIC_ROUTES.includes(route)) return "public";
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return "viewer";
  return ADMIN_WRITES.includes(route) ? "admin" : "analyst";
}

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type TRouteCase = { route: string; path: string; method: string; handler: THandler };

async function findRouteCases(): Promise<TRouteCase[]> {
  const files = globSync("app/**/route.ts").sort();
  const cases: TRouteCase[] = [];
  for (const file of files) {
    const route = `/${file.replace(/^app\//, "").replace(/\/?route\.ts$/, "")}`;
    const handlers = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
    const path = route.replace(/\[\.\.\.[^\]]+\]/g, "get-session").replace(/\[[^\]]+\]/g, randomUUID());
    for (const method of METHODS) {
      const handler = handlers[method];
      if (typeof handler === "function") cases.push({ route, path, method, handler: handler as THandler });
    }
  }
  return cases;
}

/** What Next itself decides on each request: proxy.ts's matcher, compiled by Next's own testing helper. */
const isProxied = (path: string) => unstable_doesMiddlewareMatch({ config, url: path });

/** Responses of handlers called directly (routes the proxy leaves out) that got past their own check. */
const handledResponses = new WeakSet<Response>();

/** As Next would: through the proxy if its matcher takes the path, else straight to the route's handler. */
async function call(path: string, method: string, headers: Record<string, string> = {}, handler?: THandler) {
  const request = new NextRequest(`${ORIGIN}${path}`, {
    method,
    headers: { host: "127.0.0.1:3000", origin: ORIGIN, "sec-fetch-site": "same-origin", ...headers },
  });
  if (isProxied(path) || !handler) return proxy(request);
  const response = await handler(request, { params: Promise.resolve({}) });
  if (response.status !== 401 && response.status !== 403) handledResponses.add(response);
  return response;
}

const passedThrough = (response: Response) =>
  response.headers.get("x-middleware-next") === "1" || handledResponses.has(response);

let cases: TRouteCase[] = [];
const accounts = {} as Record<TRole, TTestAccount>;

beforeAll(async () => {
  cases = await findRouteCases();
  for (const role of ROLES) accounts[role] = await createTestAccount(role);
});

describe("every route handler", () => {
  it("finds the routes on disk", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.map((c) => `${c.method} ${c.route}`)).toEqual(
      expect.arrayContaining(["POST /api/endpoints", "GET /api/health", "POST /api/runs", "POST /api/auth/[...all]"]),
    );
  });

  it("go through the proxy, all but the uploads, which the matcher leaves out by their exact paths", () => {
    for (const { route, path, method } of cases) {
      expect(isProxied(path), `${method} ${route}`).toBe(!SELF_AUTHORIZED_ROUTES.includes(route));
    }
    expect(cases.map((c) => `${c.method} ${c.route}`)).toEqual(
      expect.arrayContaining(["GET /api/datasets", "POST /api/datasets", "POST /api/datasets/preview"]),
    );
    // Neighbours of the left-out paths (and Next's transport forms of them) still meet the proxy.
    for (const path of [
      "/api/datasets/",
      "/api/datasetsx",
      "/api/datasets.rsc",
      "/api/datasets/preview/",
      "/api/datasets/preview/x",
      `/api/datasets/${randomUUID()}`,
      "/datasets",
      "/datasets/new",
      "/_next/data/build/api/datasets",
    ]) {
      expect(isProxied(path), path).toBe(true);
    }
  });

  it("refuses anonymous callers with 401, except the public ones", async () => {
    for (const { route, path, method, handler } of cases) {
      const response = await call(path, method, {}, handler);
      if (minimumRole(route, method) === "public") expect(passedThrough(response), `${method} ${route}`).toBe(true);
      else expect(response.status, `${method} ${route}`).toBe(401);
    }
  });

  it("refuses roles below the route's minimum with 403 and lets the others through, by cookie and by token", async () => {
    for (const { route, path, method, handler } of cases) {
      const minimum = minimumRole(route, method);
      if (minimum === "public") continue;
      for (const role of ROLES) {
        const { cookie, token } = accounts[role];
        for (const [via, headers] of [
          ["cookie", { cookie }],
          ["token", { authorization: `Bearer ${token}` }],
        ] as const) {
          const response = await call(path, method, headers, handler);
          const label = `${method} ${route} as ${role} by ${via}`;
          if (hasRole(role, minimum)) expect(passedThrough(response), label).toBe(true);
          else expect(response.status, label).toBe(403);
        }
      }
    }
  });

  it("accepts the workers' local-model key on the local models and nowhere else", async () => {
    const authorization = `Bearer ${deriveLocalModelKey()}`;
    for (const { route, path, method, handler } of cases) {
      if (minimumRole(route, method) === "public") continue;
      const response = await call(path, method, { authorization }, handler);
      if (LOCAL_MODEL_ROUTES.includes(route)) expect(passedThrough(response), `${method} ${route}`).toBe(true);
      else expect(response.status, `${method} ${route}`).toBe(403);
    }
  });
});

describe("the proxy", () => {
  it("answers API refusals in the API's error shape", async () => {
    const anonymous = await call("/api/runs", "POST");
    expect(await anonymous.json()).toMatchObject({ error: { code: "unauthenticated" } });
    const viewer = await call("/api/runs", "POST", { cookie: accounts.viewer.cookie });
    expect(await viewer.json()).toMatchObject({ error: { code: "forbidden", message: expect.stringMatching(/role/) } });
  });

  it("sends anonymous page visitors to the sign-in screen, back to where they were going", async () => {
    const response = await call("/runs?status=RUNNING", "GET");
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname + location.search).toBe(`/sign-in?next=${encodeURIComponent("/runs?status=RUNNING")}`);
    expect((await call("/sign-in", "GET")).headers.get("x-middleware-next")).toBe("1");
  });

  it("shows pages to viewers but the forms that change data only to the roles that may", async () => {
    expect(passedThrough(await call("/runs", "GET", { cookie: accounts.viewer.cookie }))).toBe(true);
    expect((await call("/runs/new", "GET", { cookie: accounts.viewer.cookie })).status).toBe(403);
    expect(passedThrough(await call("/runs/new", "GET", { cookie: accounts.analyst.cookie }))).toBe(true);
    expect((await call("/settings/users", "GET", { cookie: accounts.analyst.cookie })).status).toBe(403);
    expect(passedThrough(await call("/settings/tokens", "GET", { cookie: accounts.viewer.cookie }))).toBe(true);
  });

  it("refuses cross-site mutations made with a session cookie, but not bearer-token calls", async () => {
    const crossSite = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    const byCookie = await call("/api/runs", "POST", { ...crossSite, cookie: accounts.admin.cookie });
    expect(byCookie.status).toBe(403);
    expect(await byCookie.json()).toMatchObject({ error: { code: "cross_site_request" } });
    const byToken = await call("/api/runs", "POST", { ...crossSite, authorization: `Bearer ${accounts.admin.token}` });
    expect(passedThrough(byToken)).toBe(true);
  });

  it("is run by the upload handlers themselves before they read a byte of the body", async () => {
    const { POST } = await import("@/app/api/datasets/route");
    let pulled = false;
    const upload = (headers: Record<string, string>) =>
      POST(
        new Request(`${ORIGIN}/api/datasets`, {
          method: "POST",
          headers: { "content-type": "multipart/form-data; boundary=x", ...headers },
          // highWaterMark 0: pulled only when someone reads the body.
          body: new ReadableStream({ pull: () => void (pulled = true) }, { highWaterMark: 0 }),
          duplex: "half",
        } as RequestInit),
        { params: Promise.resolve({}) },
      );
    expect((await upload({})).status).toBe(401);
    expect((await upload({ cookie: accounts.viewer.cookie })).status).toBe(403);
    const crossSite = await upload({ cookie: accounts.admin.cookie, "sec-fetch-site": "cross-site" });
    expect(await crossSite.json()).toMatchObject({ error: { code: "cross_site_request" } });
    expect(pulled).toBe(false);
  });

  it("refuses unknown, revoked and deleted users' tokens with 401", async () => {
    expect((await call("/api/runs", "GET", { authorization: "Bearer evb_not-a-token" })).status).toBe(401);
    const account = await createTestAccount("analyst");
    const authorization = `Bearer ${account.token}`;
    expect(passedThrough(await call("/api/runs", "GET", { authorization }))).toBe(true);
    await prisma.apiToken.deleteMany({ where: { referenceId: account.userId } });
    expect((await call("/api/runs", "GET", { authorization })).status).toBe(401);
    const other = await createTestAccount("admin");
    await prisma.user.delete({ where: { id: other.userId } });
    expect((await call("/api/runs", "GET", { authorization: `Bearer ${other.token}` })).status).toBe(401);
    expect((await call("/api/runs", "GET", { cookie: other.cookie })).status).toBe(401);
  });
});
