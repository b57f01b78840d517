import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";

test("the app shell navigates between the sections and shows what to do next", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Can a small model replace a big one for your task?",
  );
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/overview.png", fullPage: true });

  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [link, heading, empty] of [
    ["Datasets", "Datasets", "No datasets yet"],
    ["Models", "Models", "No models registered"],
    ["Runs", "Runs", "No runs yet"],
    ["Leaderboard", "Leaderboard", "Nothing to compare yet"],
  ] as const) {
    await nav.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole("link", { name: link })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { name: empty })).toBeVisible();
  }
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/leaderboard-empty.png", fullPage: true });
});

test("the health page reports Postgres, Redis and the workers", async ({ page, request }) => {
  const api = await request.get("/api/health");
  expect(api.status()).toBe(200);
  expect(await api.json()).toEqual({ status: "ok", db: "ok", redis: "ok" });

  await page.goto("/");
  await page.getByRole("link", { name: "System health" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /PostgreSQL/ })).toContainText("ok");
  await expect(table.getByRole("row", { name: /Redis/ })).toContainText("ok");
  // The e2e server starts one workers process alongside the web app; it may still be connecting when the web app
  // answers, so reload until it shows up.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("table").getByRole("row", { name: /Workers/ })).toContainText("1 online", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/health.png", fullPage: true });
});
