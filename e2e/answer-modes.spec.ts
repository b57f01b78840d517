import { expect, test } from "@playwright/test";
import { createDataset, createEndpoint, createRun, uniqueName, waitForRun } from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";
import { expectAccessible } from "./support/accessibility";

test("one model in free-text and JSON modes: both on the leaderboard, the paired test, the reliability diagram", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const dataset = await createDataset(request, { name: uniqueName("Abstracts modes"), file: MEDICAL_ABSTRACTS_200 });
  const model = await createEndpoint(request, { name: uniqueName("Llama 8B"), model: "oracle-80" });
  const freeRun = await createRun(request, { datasetId: dataset.id, endpointIds: [model.id] });
  await waitForRun(request, freeRun);

  // The same endpoint again, in JSON mode with log-probabilities, through the form.
  await page.goto(`/runs/new?datasetId=${dataset.id}`);
  await page.getByRole("checkbox", { name: new RegExp(model.name) }).check();
  await page.getByRole("radio", { name: /JSON schema/ }).check();
  await page.getByRole("checkbox", { name: /Ask for log-probabilities/ }).check();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/answer-modes-new-run.png", fullPage: true });
  await page.getByRole("button", { name: "Start run" }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  const jsonRun = page.url().split("/").pop()!;
  await waitForRun(request, jsonRun);

  // The run page: the mode, and the calibration of its confidences.
  await page.reload();
  await expect(page.getByRole("region", { name: "Settings" })).toContainText("JSON schema");
  const calibration = page.getByRole("region", { name: "Confidence and calibration" });
  await expect(calibration.getByRole("figure", { name: "Reliability diagram" })).toBeVisible();
  await expect(
    calibration.getByRole("figure", { name: "Reliability diagram" }).locator(".recharts-bar-rectangle").first(),
  ).toBeVisible();
  await expect(calibration).toContainText("ECE");
  await expect(calibration).toContainText(`${dataset.testCount}`);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/answer-modes-run.png", fullPage: true });

  // The leaderboard: both runs, each with its mode, and the paired McNemar test of the other run against the best
  // on the same samples: how much of the gap is only format.
  const board = (await (await request.get(`/api/leaderboard?datasetId=${dataset.id}`)).json()) as {
    rows: { runId: string; answerMode: string; isBest: boolean; comparison: { pValue: number } | null }[];
  };
  expect(board.rows.map((row) => [row.runId, row.answerMode])).toEqual([
    [freeRun, "FREE_TEXT"],
    [jsonRun, "JSON_SCHEMA"],
  ]);
  const best = board.rows.find((row) => row.isBest)!;
  const other = board.rows.find((row) => !row.isBest)!;
  expect(other.comparison?.pValue).toBeGreaterThanOrEqual(0);
  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  const table = page.getByRole("region", { name: "Leaderboard" });
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  const modeName = (mode: string) => (mode === "FREE_TEXT" ? "free text" : "JSON schema");
  const bestRow = rows.filter({ hasText: modeName(best.answerMode) });
  const otherRow = rows.filter({ hasText: modeName(other.answerMode) });
  await expect(bestRow.getByText("Best", { exact: true })).toBeVisible();
  await expect(otherRow.locator("[title*='exact McNemar']")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/answer-modes-leaderboard.png", fullPage: true });

  // The drill-down of the JSON run: "confidently wrong" answers, filtered and ordered by confidence in SQL, the
  // state in the URL. The threshold is the third most confident wrong answer's, so at least three rows match.
  type TPage = { items: { index: number; correct: boolean; confidence: number | null }[] };
  const wrong = (await (
    await request.get(`/api/runs/${jsonRun}/outputs?view=wrong&sort=confidence-desc&limit=3`)
  ).json()) as TPage;
  expect(wrong.items).toHaveLength(3);
  const threshold = Math.floor(wrong.items[2]!.confidence! * 100) / 100;
  await page.goto(`/runs/${jsonRun}`);
  await expect(page.getByRole("link", { name: "Confidently wrong answers" })).toHaveAttribute(
    "href",
    /view=wrong&confidenceMin=0\.9&sort=confidence-desc/,
  );
  await page.goto(`/runs/${jsonRun}/outputs?view=wrong`);
  const filters = page.getByRole("search", { name: "Filter outputs" });
  await filters.getByLabel("Lowest confidence").fill(String(threshold));
  await filters.getByLabel("Order").selectOption({ label: "Most confident first" });
  await filters.getByRole("button", { name: "Apply" }).click();
  // A GET form: the filters land in the URL (empty fields included), so the view can be shared or reloaded.
  const query = () => new URL(page.url()).searchParams;
  await expect.poll(() => query().get("sort")).toBe("confidence-desc");
  expect([query().get("view"), query().get("confidenceMin")]).toEqual(["wrong", String(threshold)]);
  const outputs = page.getByRole("region", { name: "Outputs" });
  const confidenceCells = outputs.locator("tbody tr td:nth-child(6)");
  await expect(outputs.locator("thead th").nth(5)).toHaveText("Confidence");
  const readPercents = async () =>
    (await confidenceCells.allTextContents()).map((text) => Number.parseFloat(text.replace("%", "")));
  const descending = await readPercents();
  expect(descending.length).toBeGreaterThanOrEqual(3);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  expect(Math.min(...descending)).toBeGreaterThanOrEqual(Math.floor(threshold * 1000) / 10 - 0.1);
  await expect(outputs.getByRole("cell", { name: "Correct", exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/answer-modes-confidently-wrong.png", fullPage: true });
  await filters.getByLabel("Order").selectOption({ label: "Least confident first" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect.poll(() => query().get("sort")).toBe("confidence-asc");
  await expect.poll(readPercents).toEqual([...descending].reverse());

  // Filter to one mode; the URL remembers it.
  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  await page.getByRole("group", { name: "Filter by answer mode" }).getByRole("button", { name: "JSON schema" }).click();
  await expect(page).toHaveURL(/mode=JSON_SCHEMA/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("JSON schema");
});
