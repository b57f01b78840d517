import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";

// The sample data the repository carries (data/, licences in its README).
const dataFile = (name: string) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../test/fixtures/datasets/${name}`, import.meta.url));

async function openUploadPage(page: Page) {
  await page.goto("/datasets");
  await page.getByRole("link", { name: "Upload a dataset" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Upload a dataset");
}

test("uploads the medical abstracts CSV, maps it, and browses the label distribution and the samples", async ({
  page,
}) => {
  const name = `Medical abstracts ${randomUUID().slice(0, 6)}`;
  await openUploadPage(page);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/datasets-new.png", fullPage: true });
  await page.getByLabel("Dataset file").setInputFiles(dataFile("medical-abstracts-classification-200.csv"));

  await expect(page.getByText(/CSV, comma-separated · [\d.]+ KB · 200 rows/)).toBeVisible();
  await expect(page.getByLabel("Input column")).toHaveValue("text");
  await expect(page.getByLabel("Label column")).toHaveValue("label");
  await expect(page.getByLabel("ID column")).toHaveValue("id");
  // The file's split column says "test" on every row: not suggested, so a train split is drawn.
  await expect(page.getByLabel("Split column")).toHaveValue("");
  await expect(page.getByRole("radio", { name: /Classification/ })).toBeChecked();
  const labels = page.getByRole("table", { name: /Rows per label in all 200 rows/ });
  await expect(labels.getByRole("row")).toHaveCount(6);
  for (const [label, count] of [
    ["general pathological conditions", "66"],
    ["neoplasms", "45"],
    ["cardiovascular diseases", "43"],
    ["nervous system diseases", "26"],
    ["digestive system diseases", "20"],
  ]) {
    await expect(labels.getByRole("row", { name: new RegExp(`^${label} ${count}`) })).toBeVisible();
  }
  // Choosing the all-"test" split column shows why that would be a bad idea.
  await page.getByLabel("Split column").selectOption("split");
  await expect(page.getByText("In the rows read: 0 train, 200 test.")).toBeVisible();
  await expect(page.getByText(/No train rows: k-shot runs take their examples from the train split/)).toBeVisible();
  await page.getByLabel("Split column").selectOption("");
  await page.getByLabel("Dataset name").fill(name);
  await expect(page.getByRole("button", { name: "Import dataset" })).toBeEnabled();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/datasets-new-mapped.png", fullPage: true });
  await page.getByRole("button", { name: "Import dataset" }).click();

  await expect(page).toHaveURL(/\/datasets\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  // Rows, train, test, labels; 20% of each label is test: 13 + 9 + 9 + 5 + 4.
  await expect(page.getByLabel("Dataset counts").getByRole("definition")).toHaveText(["200", "160", "40", "5"]);
  const chart = page.getByRole("figure", { name: "Rows per label, train and test" });
  await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(10);
  await expect(chart).toContainText(/general pathological\s*conditions/);
  await expect(page.getByText(/drawn by Evalboard: 20% test per label, seed 42/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/dataset-page.png" });

  const samples = page.getByRole("region", { name: "Samples" });
  await expect(samples.getByRole("row")).toHaveCount(51);
  await expect(samples.getByText("Showing 50 rows, #1–#50")).toBeVisible();
  await samples.getByRole("link", { name: "Next →" }).click();
  await expect(samples.getByText("Showing 50 rows, #51–#100")).toBeVisible();

  await samples.getByLabel("Search inputs").fill("BYPASS");
  await samples.getByLabel("Label").selectOption("cardiovascular diseases");
  await samples.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=BYPASS/);
  const found = samples.getByRole("row");
  await expect(found.first()).toBeVisible();
  const rows = await found.count();
  expect(rows).toBeGreaterThan(1);
  for (let row = 1; row < rows; row += 1) {
    await expect(found.nth(row)).toContainText(/bypass/i);
    await expect(found.nth(row)).toContainText("cardiovascular diseases");
  }
  await samples.scrollIntoViewIfNeeded();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/dataset-samples-filtered.png" });

  await page.goto("/datasets");
  const listed = page.getByRole("row", { name: new RegExp(name) });
  await expect(listed).toContainText("Classification");
  await expect(listed).toContainText("160 / 40");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/datasets-list.png", fullPage: true });
});

test("uploads the MedQuAD CSV as open QA with a metadata column, then deletes it", async ({ page }) => {
  const name = `MedQuAD ${randomUUID().slice(0, 6)}`;
  await openUploadPage(page);
  await page.getByLabel("Dataset file").setInputFiles(dataFile("medquad-qa-200.csv"));
  await expect(page.getByRole("radio", { name: /Open question answering/ })).toBeChecked();
  await expect(page.getByLabel("Input column")).toHaveValue("question");
  await expect(page.getByLabel("Reference answer column")).toHaveValue("answer");
  await page.getByRole("checkbox", { name: "qtype" }).check();
  await expect(page.getByText(/200 rows with a question and a reference answer among all 200 rows/)).toBeVisible();
  await page.getByLabel("Dataset name").fill(name);
  await page.getByLabel("Test share").fill("25");
  await page.getByRole("button", { name: "Import dataset" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("figure")).toHaveCount(0);
  const samples = page.getByRole("region", { name: "Samples" });
  await expect(samples.getByRole("columnheader", { name: "Reference answer" })).toBeVisible();
  await expect(samples.getByRole("row").nth(1)).toContainText("qtype:");
  await samples.getByLabel("Split").selectOption("TEST");
  await samples.getByRole("button", { name: "Apply" }).click();
  await expect(samples.getByText("Showing 50 rows")).toBeVisible();
  await expect(page.getByText(/drawn by Evalboard: 25% test, seed 42/)).toBeVisible();
  await samples.getByRole("columnheader", { name: "Reference answer" }).scrollIntoViewIfNeeded();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/dataset-page-qa.png" });

  await page.getByRole("button", { name: "Delete dataset" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${name}”?` });
  await expect(dialog.getByRole("button", { name: "Delete" })).toBeDisabled();
  await dialog.getByLabel("Type the dataset name to confirm").fill(name);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/dataset-delete.png" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/datasets$/);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
});

test("a broken file is refused before import, naming the file, row, line and problem", async ({ page }) => {
  await openUploadPage(page);
  await page.getByLabel("Dataset file").setInputFiles(fixture("ragged.csv"));
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("This file cannot be imported");
  await expect(alert).toContainText("ragged.csv, row 3 (line 4): expected 4 fields (text,label,id,split) but found 5");
  await expect(alert).toContainText("Row: 3");
  await expect(alert).toContainText("Line: 4");
  await expect(page.getByRole("button", { name: "Import dataset" })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/datasets-new-error.png", fullPage: true });
});

test("a larger upload shows its progress, then opens the dataset", async ({ page }, testInfo) => {
  const rows = 150_000;
  const labels = ["alpha", "beta", "gamma"];
  const lines = ["text,label"];
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      `Sample ${i}: a sentence long enough to look like a short abstract of about a hundred characters,${labels[i % 3]}`,
    );
  }
  const path = testInfo.outputPath("progress.csv");
  writeFileSync(path, `${lines.join("\n")}\n`);

  await openUploadPage(page);
  await page.getByLabel("Dataset file").setInputFiles(path);
  await expect(page.getByText(/first [\d,]+ rows read/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Rows per label in the first [\d,]+ rows/ })).toBeVisible();
  await page.getByRole("button", { name: "Import dataset" }).click();
  await expect(page.getByRole("progressbar", { name: "Upload progress" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/datasets-upload-progress.png" });
  await expect(page).toHaveURL(/\/datasets\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByLabel("Dataset counts").getByRole("definition").first()).toHaveText("150,000");
});
