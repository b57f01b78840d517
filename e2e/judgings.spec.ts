import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { createDataset, createEndpoint, createRun, uniqueName } from "./support/factories";
import { expectAccessible } from "./support/accessibility";

const MEDQUAD_200 = fileURLToPath(new URL("../data/medquad-qa-200.csv", import.meta.url));

// The test LLM server's `echo` model answers with the question's first line; `judge-answer` reads the answer between
// the judge prompt's delimiters and grades it 1..10 from a hash of its text (see test/llm-server/judge.ts).
test("judges a model's answers and the reference answers, and shows both rows with mean /10 and intervals", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const dataset = await createDataset(request, {
    name: uniqueName("MedQuAD QA"),
    file: MEDQUAD_200,
    task: "OPEN_QA",
    testFraction: 0.1,
  });
  const answering = await createEndpoint(request, { name: uniqueName("Echo model"), model: "echo" });
  const judge = await createEndpoint(request, {
    name: uniqueName("Judge"),
    model: "judge-answer",
    inputPricePerM: 2.5,
    outputPricePerM: 10,
  });
  const runId = await createRun(request, { datasetId: dataset.id, endpointIds: [answering.id] });

  await page.goto(`/runs/${runId}`);
  await expect(page.getByRole("progressbar", { name: "Run progress" })).toHaveAttribute(
    "aria-valuenow",
    String(dataset.testCount),
    { timeout: 60_000 },
  );
  await page.getByRole("link", { name: "Judge these answers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Judge answers");
  await expect(page.getByRole("checkbox", { name: new RegExp(answering.name) })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /reference answers/ })).toBeChecked();

  // The judge is the judged model: warned about self-preference.
  await page.getByRole("combobox", { name: "Judge model" }).selectOption(answering.id);
  await expect(page.getByText("Self-preference:")).toBeVisible();
  await page.getByRole("combobox", { name: "Judge model" }).selectOption(judge.id);
  await expect(page.getByText("Self-preference:")).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Rubric" })).toHaveValue(/Rating: \[\[n\]\]/);
  // Calibration asks for the human scale once a human score field is named (this dataset has none: cleared after).
  await expect(page.getByRole("spinbutton", { name: "from" })).toHaveCount(0);
  await page.getByRole("textbox", { name: /human score field/ }).fill("human_score");
  await page.getByRole("spinbutton", { name: "from" }).fill("1");
  await page.getByRole("spinbutton", { name: "to" }).fill("4");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/judgings-new-calibration.png", fullPage: true });
  await page.getByRole("textbox", { name: /human score field/ }).fill("");
  await expect(page.getByRole("spinbutton", { name: "from" })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/judgings-new.png", fullPage: true });
  await page.getByRole("button", { name: "Start judging" }).click();

  await expect(page).toHaveURL(/\/judgings\/[0-9a-f-]{36}$/);
  const judgingId = page.url().split("/").at(-1)!;
  const n = dataset.testCount;
  await expect(page.getByText(`${n} of ${n} answers judged`)).toBeVisible({ timeout: 60_000 });
  const results = page.getByRole("region", { name: "Judging results" });
  await expect(results).toContainText(/\d\.\d\d \/10/);
  await expect(results).toContainText(/95% CI \d\.\d\d–\d\.\d\d/);

  // Both rows, the model and the "dataset" reference answers, each with a mean /10 and its interval.
  const scores = page.getByRole("table", { name: "Judge scores" });
  const modelRow = scores.getByRole("row", { name: new RegExp(answering.name) });
  const datasetRow = scores.getByRole("row", { name: /^dataset/ });
  for (const row of [modelRow, datasetRow]) {
    await expect(row).toContainText(/\d\.\d\d \/10/, { timeout: 60_000 });
    await expect(row).toContainText(/95% CI \d\.\d\d–\d\.\d\d/);
    await expect(row).toContainText(`${n} / ${n}`);
  }
  await expect(page.getByRole("link", { name: "Open the leaderboard" })).toHaveAttribute(
    "href",
    `/leaderboard?datasetId=${dataset.id}`,
  );
  await expect(page.getByRole("figure", { name: "Score distribution" })).toBeVisible();
  await page.getByRole("heading", { name: "Judgements" }).scrollIntoViewIfNeeded();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/judging-page.png", fullPage: true });

  // The page shows what the API says.
  const view = (await (await request.get(`/api/judgings/${judgingId}`)).json()) as {
    target: string;
    metrics: { mean: { estimate: number }; parsed: number };
  };
  expect(view.target).toBe("run");
  expect(view.metrics.parsed).toBe(n);
  await expect(results).toContainText(`${view.metrics.mean.estimate.toFixed(2)} /10`);

  // The run page lists this run's judge score beside the dataset row.
  await page.goto(`/runs/${runId}`);
  const runScores = page.getByRole("table", { name: "Judge scores" });
  await expect(runScores.getByRole("row", { name: new RegExp(answering.name) })).toContainText(
    `${view.metrics.mean.estimate.toFixed(2)} /10`,
  );
  await expect(runScores.getByRole("row", { name: /^dataset/ })).toContainText(/\d\.\d\d \/10/);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/judging-run-page.png", fullPage: true });
});
