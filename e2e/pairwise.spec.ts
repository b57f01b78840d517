import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createDataset, createEndpoint, createRun, uniqueName, waitForRun } from "./support/factories";

const MEDQUAD_200 = fileURLToPath(new URL("../data/medquad-qa-200.csv", import.meta.url));

// Two runs with different answers (`echo`: the question's first line; `constant:`: one fixed sentence) and the
// reference answers, judged head to head by two test-server judges: `pairwise-longer` (the longer answer wins, in
// either order) and `pairwise-biased` (the same, except that on close calls it picks the answer shown first).
test("two runs head to head with a jury of two: win rates, consistency, agreement, ratings, a flipped verdict, export", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const dataset = await createDataset(request, {
    name: uniqueName("MedQuAD pairwise"),
    file: MEDQUAD_200,
    task: "OPEN_QA",
    testFraction: 0.1,
  });
  const echo = await createEndpoint(request, { name: uniqueName("Echo"), model: "echo" });
  const fixed = await createEndpoint(request, {
    name: uniqueName("Cautious"),
    model: "constant:Please ask your doctor about this question today.",
  });
  const biased = await createEndpoint(request, {
    name: uniqueName("Biased judge"),
    model: "pairwise-biased",
    inputPricePerM: 2.5,
    outputPricePerM: 10,
  });
  const longer = await createEndpoint(request, { name: uniqueName("Length judge"), model: "pairwise-longer" });
  const echoRun = await createRun(request, { datasetId: dataset.id, endpointIds: [echo.id] });
  const fixedRun = await createRun(request, { datasetId: dataset.id, endpointIds: [fixed.id] });
  await waitForRun(request, echoRun);
  await waitForRun(request, fixedRun);

  await page.goto(`/pairwise/new?datasetId=${dataset.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Head to head");
  const contestants = page.getByRole("group", { name: "Complete runs on this dataset" });
  await contestants.getByRole("checkbox", { name: new RegExp(echo.name) }).check();
  await contestants.getByRole("checkbox", { name: new RegExp(fixed.name) }).check();
  await contestants.getByRole("checkbox", { name: /reference answers/ }).check();
  const judges = page.getByRole("group", { name: "Judges" });
  for (const box of await judges.getByRole("checkbox").all()) await box.uncheck();
  await judges.getByRole("checkbox", { name: new RegExp(biased.name) }).check();
  await judges.getByRole("checkbox", { name: new RegExp(longer.name) }).check();
  // 3 contestants → 3 pairs; × the test split's samples × 2 orders × 2 judges.
  const calls = 3 * dataset.testCount * 2 * 2;
  await expect(page.getByTestId("pairwise-estimate")).toContainText(`${calls} judge calls`);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/pairwise-new.png", fullPage: true });
  await page.getByRole("button", { name: "Start the head-to-head" }).click();

  await expect(page).toHaveURL(/\/pairwise\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`${calls} of ${calls} judge calls`)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("win-rate-0")).toContainText(/\d+\.\d%/);
  await expect(page.getByTestId("win-rate-0")).toContainText(/\(\d+\.\d–\d+\.\d\)/);
  // The length judge never depends on the order; the biased one does on close calls.
  await expect(page.getByTestId("consistency-1")).toHaveText("100.0%");
  await expect(page.getByTestId("consistency-0")).not.toHaveText("100.0%");
  await expect(page.getByTestId("jury-agreement")).toContainText(/Cohen's κ = -?\d\.\d{3}/);
  await expect(page.getByTestId("ratings").getByRole("row")).toHaveCount(4);
  await expect(page.getByTestId("win-matrix")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/pairwise-results.png", fullPage: true });

  // Drill into a verdict the biased judge flipped: both answers side by side, both orders, the raw replies.
  const samples = page.getByRole("region", { name: "Samples" });
  await samples.getByRole("combobox", { name: "Judge" }).selectOption({ label: biased.name });
  await samples.getByRole("button", { name: "Flipped", exact: true }).click();
  await expect(samples.getByText(/^\d+ matching$/)).not.toHaveText("0 matching");
  const detail = page.getByTestId("sample-detail");
  await expect(detail.getByText("flipped with the order").first()).toBeVisible();
  await expect(detail.getByTestId("verdict")).toHaveCount(4);
  await detail.getByText("Raw reply").first().click();
  await expect(detail.getByText(/\[\[[AB]\]\]/).first()).toBeVisible();
  await expectAccessible(page);
  await detail.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e/screenshots/pairwise-flipped.png", fullPage: true });

  // Export: every judge call, both orders.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^pairwise-verdicts-\w{8}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\n")[0]).toContain("sample_id,index,pair,contestant_1,contestant_2,judge,order,verdict_shown");
  expect(csv).toContain("2-first");
});
