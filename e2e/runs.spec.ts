import { expect, test, type Page } from "@playwright/test";
import { createDataset, createEndpoint, createRun, uniqueName, type TSeededDataset } from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";
import { expectAccessible } from "./support/accessibility";

// The oracle models of the test LLM server answer the true label for a fixed share of the abstracts; `slow-<ms>+`
// delays each answer so that, with two calls at a time, a run lasts long enough to be watched.
const LABELS = [
  "cardiovascular diseases",
  "digestive system diseases",
  "general pathological conditions",
  "neoplasms",
  "nervous system diseases",
];

async function readProgress(page: Page): Promise<{ done: number; total: number }> {
  const bar = page.getByRole("progressbar", { name: "Run progress" });
  return {
    done: Number(await bar.getAttribute("aria-valuenow")),
    total: Number(await bar.getAttribute("aria-valuemax")),
  };
}

/** The headline value of one metric card, e.g. 81.5 for "81.5%". */
async function readPercent(page: Page, metric: string): Promise<number> {
  const card = page
    .getByRole("region", { name: "Metrics" })
    .locator("dl > div")
    .filter({ has: page.getByRole("term").getByText(metric, { exact: true }) });
  // The value comes first: a link to the samples behind it, or plain text when there is nothing to drill into.
  const value = await card.getByRole("definition").locator(":scope > :first-child").textContent();
  return Number((value ?? "").replace("%", ""));
}

test("compares two models zero-shot, runs a 3-shot evaluation live, and shows its metrics", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  // 50% TEST, stratified: about 100 samples to evaluate and 100 TRAIN rows to draw examples from.
  const dataset: TSeededDataset = await createDataset(request, {
    name: uniqueName("Medical abstracts"),
    file: MEDICAL_ABSTRACTS_200,
    testFraction: 0.5,
  });
  expect(dataset.labels).toEqual(LABELS);
  const fast = await createEndpoint(request, {
    name: uniqueName("Llama 8B fine-tuned"),
    model: "slow-150+oracle-80",
    inputPricePerM: 0.15,
    outputPricePerM: 0.6,
    maxConcurrency: 2,
    tags: ["fine-tuned", "8b"],
  });
  const unpriced = await createEndpoint(request, { name: uniqueName("Local baseline"), model: "oracle-60" });

  await page.goto("/runs");
  await page.getByRole("link", { name: "Start a run" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start a run");
  await page.getByRole("combobox", { name: "Dataset" }).selectOption(dataset.id);
  await expect(page.getByRole("radio", { name: /TEST/ })).toBeChecked();
  await page.getByRole("checkbox", { name: new RegExp(fast.name) }).check();
  await page.getByRole("checkbox", { name: new RegExp(unpriced.name) }).check();

  // The default template, rendered for the first TEST sample, lists the labels; the estimate prices each model.
  const preview = page.getByTestId("prompt-preview");
  await expect(preview).toContainText("Classify the text into exactly one of these categories:");
  await expect(preview).toContainText("- neoplasms");
  await expect(preview).not.toContainText("Example 1:");
  const estimate = page.getByRole("table", { name: "Cost estimate" });
  await expect(estimate.getByRole("row", { name: new RegExp(fast.name) })).toContainText(/≈ \$0\.\d+/);
  await expect(estimate.getByRole("row", { name: new RegExp(unpriced.name) })).toContainText("unknown");
  await expect(estimate.getByRole("row", { name: /Total/ })).toContainText("+ unknown");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/runs-new.png", fullPage: true });

  await page.getByRole("button", { name: "Start 2 runs" }).click();
  await expect(page).toHaveURL(/\/runs$/);
  const fastRow = page.getByRole("row", { name: new RegExp(fast.name) });
  const unpricedRow = page.getByRole("row", { name: new RegExp(unpriced.name) });
  await expect(fastRow).toContainText("zero-shot");
  await expect(fastRow.getByRole("listitem")).toHaveText(["fine-tuned", "8b"]);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/runs-list-running.png", fullPage: true });
  // The list polls while anything is active: both runs finish without a reload.
  await expect(unpricedRow).toContainText("Completed", { timeout: 60_000 });
  await expect(fastRow).toContainText("Completed", { timeout: 60_000 });
  await expect(fastRow).toContainText(`${dataset.testCount} / ${dataset.testCount}`);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/runs-list.png", fullPage: true });

  // 3-shot on the same dataset, from a link that preselects it.
  await page.goto(`/runs/new?datasetId=${dataset.id}`);
  await expect(page.getByRole("combobox", { name: "Dataset" })).toHaveValue(dataset.id);
  await page.getByRole("checkbox", { name: new RegExp(fast.name) }).check();
  await page.getByRole("spinbutton", { name: "Shots" }).fill("3");
  await expect(preview).toContainText("Example 3:");
  await expect(preview).not.toContainText("Example 4:");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/runs-new-3-shot.png", fullPage: true });
  await page.getByRole("button", { name: "Start run" }).click();

  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${fast.name} on ${dataset.name}`);
  await expect(page.getByRole("region", { name: "Settings" })).toContainText("3-shot");
  await expect(page.getByText("Running", { exact: true })).toBeVisible({ timeout: 20_000 });
  // Progress moves while we watch: the bar advances past zero before the run completes.
  await expect.poll(async () => (await readProgress(page)).done, { timeout: 30_000 }).toBeGreaterThan(0);
  expect((await readProgress(page)).done).toBeLessThan(dataset.testCount);
  await page.screenshot({ path: "e2e/screenshots/runs-progress.png", fullPage: true });

  // Cancel keeps what was answered; resume finishes the rest.
  await page.getByRole("button", { name: "Cancel run" }).click();
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByText(/This run was cancelled/)).toBeVisible();
  // Checked once cancelled, not while running: the run must not finish before the cancel above.
  await expectAccessible(page);
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible({ timeout: 60_000 });
  expect(await readProgress(page)).toEqual({ done: dataset.testCount, total: dataset.testCount });

  const metrics = page.getByRole("region", { name: "Metrics" });
  for (const name of ["Valid answers", "Valid accuracy", "Accuracy", "Macro-F1", "Cost", "Latency p50"]) {
    await expect(metrics.getByRole("term").getByText(name, { exact: true })).toBeVisible();
  }
  // oracle-80 is right on a stable 80% of the abstracts: the measured accuracy lands near it.
  const accuracy = await readPercent(page, "Valid accuracy");
  expect(accuracy).toBeGreaterThan(65);
  expect(accuracy).toBeLessThan(95);
  await expect(metrics).not.toContainText("unknown");

  const matrix = page.getByRole("region", { name: "Confusion matrix" }).getByRole("table");
  await expect(matrix.getByRole("columnheader")).toHaveText(["Expected ↓ · Answered →", ...LABELS, "invalid", "n"]);
  await expect(matrix.getByRole("rowheader")).toHaveText([...LABELS, "Answered n"]);
  const perClass = page.getByRole("region", { name: "Per class" }).getByRole("table");
  await expect(perClass.getByRole("row")).toHaveCount(LABELS.length + 1);
  await expect(page.getByRole("region", { name: "Settings" })).toContainText("{{examples}}");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/runs-detail.png", fullPage: true });
});

test("a run whose endpoint refuses the key stops and says why", async ({ page, request }) => {
  const dataset = await createDataset(request, {
    name: uniqueName("Abstracts"),
    file: MEDICAL_ABSTRACTS_200,
    testFraction: 0.5,
  });
  const endpoint = await createEndpoint(request, { name: uniqueName("Expired key"), model: "fail-401" });
  const runId = await createRun(request, { datasetId: dataset.id, endpointIds: [endpoint.id], limit: 10 });

  await page.goto(`/runs/${runId}`);
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("The run stopped", { timeout: 30_000 });
  await expect(alert).toContainText(`Endpoint "${endpoint.name}"`);
  await expect(page.getByText("Failed", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/runs-failed.png", fullPage: true });
});

test("re-runs the samples whose calls failed, after a confirmation", async ({ page, request }) => {
  const dataset = await createDataset(request, {
    name: uniqueName("Abstracts"),
    file: MEDICAL_ABSTRACTS_200,
    testFraction: 0.5,
  });
  // A 400 is not retried and does not stop the run: each sample gets an error record.
  const endpoint = await createEndpoint(request, { name: uniqueName("Picky server"), model: "fail-400" });
  const runId = await createRun(request, { datasetId: dataset.id, endpointIds: [endpoint.id], limit: 3 });

  await page.goto(`/runs/${runId}`);
  await expect(page.getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Errors by kind" })).toHaveText("Bad request 3");
  await page.getByRole("button", { name: "Re-run failed samples" }).click();
  const dialog = page.getByRole("dialog", { name: "Re-run 3 failed samples?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/runs-rerun-dialog.png" });
  const rerun = page.waitForResponse((response) => response.url().endsWith(`/api/runs/${runId}/rerun-failed`));
  await dialog.getByRole("button", { name: "Re-run" }).click();
  expect((await rerun).status()).toBe(200);
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Errors by kind" })).toHaveText("Bad request 3");
});

test("k-shot is explained away when the dataset has no TRAIN rows", async ({ page, request }) => {
  const dataset = await createDataset(request, {
    name: uniqueName("Test-only abstracts"),
    file: MEDICAL_ABSTRACTS_200,
    testFraction: 1,
  });
  await createEndpoint(request, { name: uniqueName("Any model"), model: "oracle-80" });

  await page.goto(`/runs/new?datasetId=${dataset.id}`);
  await expect(page.getByRole("spinbutton", { name: "Shots" })).toBeDisabled();
  await expect(page.getByRole("spinbutton", { name: "Shots" })).toHaveAccessibleDescription(/no TRAIN rows/);
  await expect(page.getByRole("radio", { name: /TRAIN/ })).toBeDisabled();
  await expectAccessible(page);
});
