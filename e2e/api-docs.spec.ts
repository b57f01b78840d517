import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";

test("the API reference renders the OpenAPI document offline, from this app only", async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseURL!).origin && !url.protocol.startsWith("data")) outside.push(request.url());
  });
  await page.goto("/");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API reference");
  const reference = page.getByTestId("api-reference");
  await expect(reference.getByText("Evalboard API").first()).toBeVisible();
  await expect(reference.getByText(/Every failure answers/).first()).toBeVisible();
  await expect(reference.getByText(/^leaderboard$/i).first()).toBeAttached();
  await page.screenshot({ path: "e2e/screenshots/docs-api.png" });
  expect(outside).toEqual([]);

  const document = await page.request.get("/api/openapi.json");
  expect(document.status()).toBe(200);
  const body = (await document.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(body.openapi).toBe("3.1.0");
  expect(Object.keys(body.paths)).toContain("/api/datasets");
  await expectAccessible(page);
});
