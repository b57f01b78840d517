import { expect, test, type Page } from "@playwright/test";
import { createDataset, createEndpoint, createRun, uniqueName, waitForRun } from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";
import { expectAccessible } from "./support/accessibility";

const LIMIT = 60;
const MEDQUAD_QA_200 = MEDICAL_ABSTRACTS_200.replace("medical-abstracts-classification-200.csv", "medquad-qa-200.csv");

/** Model names in the order the table shows them. */
async function readModelOrder(page: Page): Promise<string[]> {
  return page
    .getByRole("region", { name: "Leaderboard" })
    .locator('tbody th[scope=row] a[href^="/runs/"]')
    .allTextContents();
}

test("ranks a dataset's runs with intervals, marks ties with the best, sorts and filters", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const dataset = await createDataset(request, {
    name: uniqueName("Medical abstracts"),
    file: MEDICAL_ABSTRACTS_200,
    testFraction: 0.5,
  });
  const tuned = await createEndpoint(request, {
    name: uniqueName("Llama 8B fine-tuned"),
    model: "oracle-80",
    inputPricePerM: 0.15,
    outputPricePerM: 0.6,
    tags: ["fine-tuned", "8b"],
  });
  const baseline = await createEndpoint(request, {
    name: uniqueName("Local baseline"),
    model: "oracle-60",
    tags: ["api"],
  });
  // The same model under another name gives the same answers: no discordant pair, so not worse than the best. Its
  // answers all come from the response cache, yet its cost per 1,000 is shown at its (higher) list price.
  const twin = await createEndpoint(request, {
    name: uniqueName("Llama 8B twin"),
    model: "oracle-80",
    inputPricePerM: 0.3,
    outputPricePerM: 1.2,
    tags: ["8b"],
  });

  const tunedRun = await createRun(request, { datasetId: dataset.id, endpointIds: [tuned.id], limit: LIMIT });
  const baselineRun = await createRun(request, { datasetId: dataset.id, endpointIds: [baseline.id], limit: LIMIT });
  await waitForRun(request, tunedRun);
  await waitForRun(request, baselineRun);
  const twinRun = await createRun(request, { datasetId: dataset.id, endpointIds: [twin.id], limit: LIMIT });
  await waitForRun(request, twinRun);

  const api = await request.get(`/api/leaderboard?datasetId=${dataset.id}`);
  expect(api.status()).toBe(200);
  const board = (await api.json()) as { rows: { runId: string; answered: number; isBest: boolean }[] };
  expect(board.rows.map((row) => row.runId)).toEqual([tunedRun, baselineRun, twinRun]);
  expect(board.rows.every((row) => row.answered === LIMIT)).toBe(true);
  expect((await request.get("/api/leaderboard?datasetId=nope")).status()).toBe(422);

  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  await expect(page.getByRole("combobox", { name: "Dataset" })).toHaveValue(dataset.id);
  const table = page.getByRole("region", { name: "Leaderboard" });
  const tunedRow = table.getByRole("row", { name: new RegExp(tuned.name) });
  const baselineRow = table.getByRole("row", { name: new RegExp(baseline.name) });
  const twinRow = table.getByRole("row", { name: new RegExp(twin.name) });
  // Default order: accuracy, best first; the twin ties and comes after the earlier run.
  expect(await readModelOrder(page)).toEqual([tuned.name, twin.name, baseline.name]);
  await expect(tunedRow.getByText("Best", { exact: true })).toBeVisible();
  await expect(twinRow.getByText("≈ best")).toHaveAttribute("title", /exact McNemar, p = 1\.000/);
  await expect(tunedRow).toContainText(/\d+\.\d% \(\d+\.\d–\d+\.\d\)/);
  await expect(tunedRow).toContainText("$0.");
  await expect(baselineRow).toContainText("unknown");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/leaderboard.png", fullPage: true });

  // Clicking the sorted column flips it: worst accuracy first, and the URL remembers.
  await page.getByRole("button", { name: "Accuracy", exact: true }).click();
  await expect(page).toHaveURL(/sort=accuracy&dir=asc/);
  expect(await readModelOrder(page)).toEqual([baseline.name, tuned.name, twin.name]);
  // The page also has the dataset versions' table, with its own "Accuracy" column: the leaderboard's is meant.
  await expect(table.getByRole("columnheader", { name: "Accuracy", exact: true })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  // Cheapest first at list price; the unpriced model sorts last rather than as free.
  await page.getByRole("button", { name: "Cost / 1k" }).click();
  expect(await readModelOrder(page)).toEqual([tuned.name, twin.name, baseline.name]);
  await page.reload();
  await expect(table.getByRole("columnheader", { name: "Cost / 1k" })).toHaveAttribute("aria-sort", "ascending");

  await page.getByRole("group", { name: "Filter by tag" }).getByRole("button", { name: "8b" }).click();
  await expect(page).toHaveURL(/tag=8b/);
  expect((await readModelOrder(page)).sort()).toEqual([tuned.name, twin.name].sort());

  await tunedRow.getByRole("link", { name: tuned.name }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/${tunedRun}$`));
});

test("says what to do next for a dataset without runs and for open-QA datasets", async ({ page, request }) => {
  const fresh = await createDataset(request, { name: uniqueName("Fresh abstracts"), file: MEDICAL_ABSTRACTS_200 });
  await page.goto(`/leaderboard?datasetId=${fresh.id}`);
  await expect(page.getByRole("heading", { name: "No finished runs on this dataset" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a run" })).toHaveAttribute(
    "href",
    `/runs/new?datasetId=${fresh.id}`,
  );
  await expectAccessible(page);

  const openQa = await createDataset(request, {
    name: uniqueName("MedQuAD"),
    file: MEDQUAD_QA_200,
    task: "OPEN_QA",
  });
  await page.goto(`/leaderboard?datasetId=${openQa.id}`);
  // The open-QA board (e2e/demo.spec.ts covers it with runs): without runs it says what to do first.
  await expect(page.getByRole("heading", { name: "No finished runs on this dataset" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a run" })).toHaveAttribute(
    "href",
    `/runs/new?datasetId=${openQa.id}`,
  );
  await expectAccessible(page);
});
