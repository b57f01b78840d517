// Every page in app/ (found on disk, so a new page is covered the day it is added) is requested from the production
// build with the values an adversarial review sends: ids that are not uuids and uuids of nothing (404), NUL bytes
// and over-long strings in every query parameter a page reads (the normal page, a filtered one, or a 4xx), and the
// admin's API token instead of the session cookie (a normal page or 403). Never a 500.
import { globSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { createDataset, createEndpoint, createRun, uniqueName } from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";

/** Every query parameter some page reads; each page gets all of them, read or not. */
const QUERY_KEYS = [
  "q",
  "expected",
  "predicted",
  "label",
  "group",
  "view",
  "cursor",
  "before",
  "limit",
  "sample",
  "split",
  "scoreMin",
  "judgingId",
  "datasetId",
  "runId",
  "a",
  "b",
  "judge",
  "side",
  "sort",
  "dir",
  "tag",
  "next",
];
// Long enough to pass every field's maximum, short enough for Node's 16 KB header limit (a 431 proves nothing).
const LONG = "x".repeat(6_000);

const pages = globSync("app/**/page.tsx")
  .map((file) => `/${file.replace(/^app\/?/, "").replace(/\/?page\.tsx$/, "")}`)
  .sort();

type TIds = Record<string, string>;

/** `[id]` by the folder it is in: a real record where the sweep has one, a fresh uuid (a 404) elsewhere. */
function pathFor(route: string, ids: TIds): string {
  return route.replace(/\/([^/]+)\/\[id\]/g, (_, folder: string) => `/${folder}/${ids[folder] ?? randomUUID()}`);
}

/** Whether every `[id]` of the route has a real record in the sweep's data. */
function hasRecords(route: string, ids: TIds): boolean {
  return [...route.matchAll(/\/([^/]+)\/\[id\]/g)].every((match) => ids[match[1]!] !== undefined);
}

async function expectNoServerError(request: APIRequestContext, path: string, allowed: number[]) {
  const response = await request.get(path);
  expect(allowed, `${path.slice(0, 120)} answered ${response.status()}`).toContain(response.status());
}

test.describe("every page", () => {
  let ids: TIds = {};

  test.beforeAll(async ({ request }) => {
    test.setTimeout(120_000);
    const dataset = await createDataset(request, { name: uniqueName("Page sweep"), file: MEDICAL_ABSTRACTS_200 });
    const endpoint = await createEndpoint(request, { name: uniqueName("Sweep model"), model: "oracle-80" });
    const run = await createRun(request, { datasetId: dataset.id, endpointIds: [endpoint.id], limit: 10 });
    await expect
      .poll(async () => ((await (await request.get(`/api/runs/${run}`)).json()) as { status: string }).status, {
        timeout: 60_000,
      })
      .toBe("COMPLETED");
    ids = { datasets: dataset.id, models: endpoint.id, runs: run };
  });

  test("are found on disk", () => {
    expect(pages).toEqual(expect.arrayContaining(["/", "/runs/[id]/outputs", "/datasets/[id]", "/settings/tokens"]));
  });

  test("answer 404 for ids that are not uuids and for uuids of nothing", async ({ request }) => {
    for (const route of pages.filter((page) => page.includes("[id]"))) {
      for (const id of ["not-a-uuid", "%00", randomUUID()]) {
        await expectNoServerError(request, route.replace(/\[id\]/g, id), [404]);
      }
      // The real record's page where the sweep made one (a run, a dataset, a model); a fresh uuid's 404 elsewhere.
      await expectNoServerError(request, pathFor(route, ids), [hasRecords(route, ids) ? 200 : 404]);
    }
  });

  test("show the page for NUL bytes and over-long strings in any query parameter", async ({ request }) => {
    test.setTimeout(300_000);
    for (const route of pages) {
      const path = pathFor(route, ids);
      for (const key of QUERY_KEYS) {
        // The page itself (perhaps filtered, or saying the filter cannot apply), the sign-in redirect's target, or
        // a refusal: never an error page.
        await expectNoServerError(request, `${path}?${key}=a%00b`, [200, 404]);
        await expectNoServerError(request, `${path}?${key}=${LONG}`, [200, 404]);
      }
    }
  });

  test("answer an API token with the page or 403, the token and user settings included", async ({ request }) => {
    const baseURL = test.info().project.use.baseURL;
    // Better Auth wants the Origin of a cookie-authenticated POST, as a browser sends it.
    const created = await request.post("/api/auth/api-key/create", {
      data: { name: uniqueName("sweep") },
      headers: { origin: baseURL ?? "" },
    });
    expect(created.status(), await created.text()).toBe(200);
    const { key } = (await created.json()) as { key: string };
    const byToken = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: { authorization: `Bearer ${key}` },
      // No session cookie: the config's signed-in storage state would otherwise come along.
      storageState: { cookies: [], origins: [] },
    });
    try {
      for (const route of pages) {
        await expectNoServerError(byToken, pathFor(route, ids), hasRecords(route, ids) ? [200, 403] : [404, 403]);
      }
      const tokens = await byToken.get("/settings/tokens");
      expect(await tokens.text()).toContain("can be managed only from a signed-in session");
    } finally {
      await byToken.dispose();
    }
  });
});
