import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { createDataset, createEndpoint, createRun, uniqueName, waitForRun } from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";
import { expectAccessible } from "./support/accessibility";

const LIMIT = 40;
// Every answer of this model is the same spreadsheet formula: invalid, and dangerous in a CSV.
const FORMULA = '=HYPERLINK("http://evil.example","Cardiology")';

test("from the leaderboard to one invalid answer's prompt, and its CSV export neutralised", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const dataset = await createDataset(request, {
    name: uniqueName("Drill-down abstracts"),
    file: MEDICAL_ABSTRACTS_200,
  });
  const good = await createEndpoint(request, { name: uniqueName("Tuned 8B"), model: "oracle-80" });
  const coin = await createEndpoint(request, { name: uniqueName("Coin flip"), model: "oracle-50" });
  const formula = await createEndpoint(request, { name: uniqueName("Formula bot"), model: `constant:${FORMULA}` });
  const runIds: string[] = [];
  for (const endpoint of [good, coin, formula]) {
    runIds.push(
      await createRun(request, { datasetId: dataset.id, endpointIds: [endpoint.id], limit: LIMIT, shots: 1 }),
    );
  }
  for (const runId of runIds) await waitForRun(request, runId);
  const formulaRun = runIds[2]!;

  // The leaderboard's "valid answers" figure of the formula bot leads to its invalid answers.
  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  const formulaRow = page
    .getByRole("region", { name: "Leaderboard" })
    .getByRole("row", { name: new RegExp(formula.name) });
  await formulaRow.getByRole("link", { name: "0.0%" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/runs/${formulaRun}/outputs\\?view=invalid$`));
  await expect(page.getByRole("link", { name: /Invalid\s*40/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText(`${LIMIT} outputs`)).toBeVisible();

  // Grouped: one normalised answer, 40 times.
  await page.getByRole("link", { name: "Invalid answers, grouped" }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/${formulaRun}/invalid$`));
  await expect(page.locator("p", { hasText: "The model said" })).toContainText(`${LIMIT} times`);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/drilldown-invalid-groups.png", fullPage: true });
  await page.getByRole("link", { name: `See the ${LIMIT} answers →` }).click();
  await expect(page).toHaveURL(/view=invalid&group=/);
  const rows = page.getByRole("region", { name: "Outputs" }).locator("tbody tr");
  await expect(rows).toHaveCount(LIMIT);

  // Keyboard: ↓ moves between rows, Enter opens the detail panel; Escape closes it.
  const firstLink = rows.first().getByRole("link");
  await firstLink.focus();
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(1).getByRole("link")).toBeFocused();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("complementary", { name: /Sample #/ });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/sample=\d+/);
  await expect(panel.getByText("Raw output")).toBeVisible();
  await expect(panel.locator("pre").first()).toHaveText(FORMULA);
  // The prompt as sent: the label list, one TRAIN example (1-shot) and the sample's text.
  await expect(panel.getByText("Prompt sent (user)")).toBeVisible();
  await expect(panel).toContainText("Example 1:");
  await expect(panel).toContainText("- neoplasms");
  await expect(panel).toContainText("none (invalid)");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/drilldown-detail.png" });
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/sample=/);

  // Export what the filters select: a CSV attachment whose formula cells are neutralised.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("group", { name: "Export" }).getByRole("link", { name: "CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/-outputs-\w{8}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const records = parse(csv, { columns: true }) as Record<string, string>[];
  expect(records).toHaveLength(LIMIT);
  expect(records.every((record) => record.raw_output === `'${FORMULA}`)).toBe(true);
  expect(records[0]).toMatchObject({ valid: "false", correct: "false", parsed_label: "" });

  const board = await request.get(`/api/leaderboard/export?datasetId=${dataset.id}&format=csv`);
  expect(board.headers()["content-disposition"]).toMatch(/^attachment; filename="leaderboard-/);
  const boardRows = parse(await board.text(), { columns: true }) as Record<string, string>[];
  expect(boardRows.map((row) => row.run_id).sort()).toEqual([...runIds].sort());
});

test("run page numbers open the matching answers; filters live in the URL; empty results say what to do", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const dataset = await createDataset(request, { name: uniqueName("Matrix abstracts"), file: MEDICAL_ABSTRACTS_200 });
  const coin = await createEndpoint(request, { name: uniqueName("Coin flip"), model: "oracle-50" });
  const runId = await createRun(request, { datasetId: dataset.id, endpointIds: [coin.id], limit: LIMIT });
  await waitForRun(request, runId);

  await page.goto(`/runs/${runId}`);
  // A non-empty confusion-matrix cell: expected X, answered Y.
  const matrix = page.getByRole("region", { name: "Confusion matrix" });
  const cell = matrix.locator("tbody td a[href*='predicted=']").filter({ hasNotText: /^0$/ }).first();
  const href = (await cell.getAttribute("href"))!;
  const expected = new URL(href, "http://x").searchParams.get("expected")!;
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`/runs/${runId}/outputs\\?expected=`));
  await expect(page.getByRole("combobox", { name: "Expected" })).toHaveValue(expected);
  const shown = page.getByRole("region", { name: "Outputs" }).locator("tbody tr");
  await expect(shown.first()).toBeVisible();
  for (const text of await shown.locator("td:nth-child(3)").allTextContents()) expect(text).toBe(expected);

  // Search that matches nothing: the empty state offers the way back, and the URL can be shared as is.
  await page.getByRole("searchbox", { name: "Search" }).fill("no abstract says this zzzz");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=no\+abstract\+says\+this\+zzzz/);
  await expect(page.getByRole("heading", { name: "No outputs match these filters" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("no abstract says this zzzz");

  // On a projector-sized screen the table and panel still fit.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/runs/${runId}/outputs?view=wrong`);
  await page.getByRole("region", { name: "Outputs" }).locator("tbody tr").first().getByRole("link").click();
  await expect(page.getByRole("complementary", { name: /Sample #/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/drilldown-projector.png" });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/runs/${runId}/outputs?view=wrong`);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/drilldown-outputs.png", fullPage: true });
});
