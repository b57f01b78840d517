import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { evalsJsonl, parquetFile } from "../test/import-files";
import { expectAccessible } from "./support/accessibility";

// Files in other tools' formats through the upload form: the file picker takes them, the preview says what it read
// them as, the mapping is suggested from the imported columns, and the import lands on the dataset's page.

const questions = ["Organ that pumps blood?", "Largest organ of the body?", "Where is insulin made?"];
const answers = ["The heart pumps blood.", "The skin is the largest organ.", "Insulin is made in the pancreas."];

async function openUploadPage(page: Page) {
  await page.goto("/datasets/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Upload a dataset");
}

async function importAs(page: Page, name: string) {
  await page.getByLabel("Dataset name").fill(name);
  await page.getByRole("button", { name: "Import dataset" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

test("imports a Parquet file: preview, mapping, then the dataset", async ({ page }, testInfo) => {
  const path = testInfo.outputPath("medical-qa.parquet");
  const bytes = parquetFile([
    { name: "question", data: questions, type: "STRING" },
    { name: "answer", data: answers, type: "STRING" },
  ]);
  writeFileSync(path, bytes);
  await openUploadPage(page);
  await page.getByLabel("Dataset file").setInputFiles(path);
  await expect(page.getByText(/Parquet · .* · 3 rows/)).toBeVisible();
  await expect(page.getByLabel("Input column")).toHaveValue("question");
  await page.getByLabel("Reference answer column").selectOption("answer");
  await expect(page.getByRole("cell", { name: questions[1] })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/datasets-import-parquet.png", fullPage: true });
  await importAs(page, `Parquet QA ${randomUUID().slice(0, 6)}`);
  await expect(page.getByRole("region", { name: "Samples" }).getByText(questions[0]!)).toBeVisible();
});

test("imports an OpenAI Evals file, and refuses one whose input is not chat messages", async ({ page }, testInfo) => {
  const good = testInfo.outputPath("organs.jsonl");
  const lines = questions.map((question, index) => ({
    input: [
      { role: "system", content: "Answer in one sentence." },
      { role: "user", content: question },
    ],
    ideal: answers[index],
  }));
  writeFileSync(good, evalsJsonl(lines));
  await openUploadPage(page);
  await page.getByLabel("Dataset file").setInputFiles(good);
  await expect(page.getByText(/JSON lines \(OpenAI Evals\) · .* · 3 rows/)).toBeVisible();
  await expect(page.getByLabel("Input column")).toHaveValue("input");
  await page.getByLabel("Reference answer column").selectOption("expected");
  await expect(page.getByRole("cell", { name: questions[2] })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/datasets-import-evals.png", fullPage: true });
  await importAs(page, `Evals QA ${randomUUID().slice(0, 6)}`);

  const bad = testInfo.outputPath("bad-evals.jsonl");
  writeFileSync(bad, evalsJsonl([lines[0]!, { input: "What is a kidney?", ideal: "An organ." }]));
  await openUploadPage(page);
  await page.getByLabel("Dataset file").setInputFiles(bad);
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("bad-evals.jsonl, row 2 (line 2)");
  await expect(alert).toContainText("chat messages");
  await expect(page.getByRole("button", { name: "Import dataset" })).toHaveCount(0);
});
