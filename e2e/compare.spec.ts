import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import {
  createDataset,
  createEndpoint,
  createRun,
  uniqueName,
  waitForCompleted,
  waitForRun,
} from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";
import { expectAccessible } from "./support/accessibility";

const LIMIT = 60;
const MEDQUAD_200 = fileURLToPath(new URL("../data/medquad-qa-200.csv", import.meta.url));

async function screenshot(page: Page, name: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await expectAccessible(page);
  await page.screenshot({ path: `e2e/screenshots/${name}-${size.width}x${size.height}.png`, fullPage: true });
}

type TComparisonJson = {
  agreement: { shared: number; bothRight: number; onlyA: number; onlyB: number; bothWrong: number; pValue: number };
  disagreements: { items: { sampleId: number }[]; nextCursor: number | null };
};

test("charts drill down to the samples, and two runs compare sample by sample with an exact McNemar p-value", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const dataset = await createDataset(request, { name: uniqueName("Abstracts charts"), file: MEDICAL_ABSTRACTS_200 });
  const strong = await createEndpoint(request, {
    name: uniqueName("Strong"),
    model: "oracle-80",
    inputPricePerM: 0.15,
    outputPricePerM: 0.6,
  });
  const weak = await createEndpoint(request, {
    name: uniqueName("Weak"),
    model: "oracle-50",
    inputPricePerM: 0.05,
    outputPricePerM: 0.1,
  });
  // Never a label: every answer is invalid. No price, so it stays off the cost chart.
  const babbler = await createEndpoint(request, { name: uniqueName("Babbler"), model: "constant:Cardiology" });
  const [strongRun, weakRun, babblerRun] = [
    await createRun(request, { datasetId: dataset.id, endpointIds: [strong.id], limit: LIMIT }),
    await createRun(request, { datasetId: dataset.id, endpointIds: [weak.id], limit: LIMIT }),
    await createRun(request, { datasetId: dataset.id, endpointIds: [babbler.id], limit: LIMIT }),
  ];
  for (const runId of [strongRun, weakRun, babblerRun]) await waitForRun(request, runId);

  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  const charts = page.getByRole("region", { name: "Charts" });
  const accuracy = charts.getByRole("figure", { name: "Accuracy" });
  // Whiskers: accuracy and valid accuracy of the two runs with valid answers at least.
  await expect(accuracy.locator("[data-whisker]").first()).toBeVisible();
  expect(await accuracy.locator("[data-whisker]").count()).toBeGreaterThanOrEqual(4);
  await expect(charts.getByRole("figure", { name: "Cost versus accuracy" })).toContainText(
    `Not drawn (no price, so no cost): ${babbler.name}.`,
  );
  await expect(charts.getByRole("figure", { name: "Latency" }).getByRole("link")).not.toHaveCount(0);
  await screenshot(page, "leaderboard-charts", { width: 1440, height: 900 });
  await screenshot(page, "leaderboard-charts", { width: 1280, height: 720 });

  // A bar stands for samples: it opens exactly those.
  await accuracy.getByRole("link", { name: new RegExp(`^Accuracy of ${strong.name}: \\d+\\.\\d%`) }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/${strongRun}/outputs\\?view=correct$`));
  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  await charts
    .getByRole("figure", { name: "Answers" })
    .getByRole("link", { name: new RegExp(`^Invalid for ${babbler.name}: ${LIMIT} of ${LIMIT}\\.`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/runs/${babblerRun}/invalid$`));
  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  await charts
    .getByRole("figure", { name: "Cost versus accuracy" })
    .getByRole("link", { name: new RegExp(`^${weak.name}: `) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/runs/${weakRun}$`));

  // Compare the weak run with the best. The oracle's right answers at 50% are a subset of those at 80%, so the
  // weak run is never right alone (onlyB = 0) and the exact p-value is 2 / 2^onlyA.
  const api = await request.get(`/api/compare?a=${strongRun}&b=${weakRun}`);
  expect(api.status()).toBe(200);
  const json = (await api.json()) as TComparisonJson;
  expect(json.agreement.shared).toBe(LIMIT);
  expect(json.agreement.onlyB).toBe(0);
  expect(json.agreement.onlyA).toBeGreaterThan(5);
  expect(json.agreement.pValue).toBeCloseTo(2 / 2 ** json.agreement.onlyA, 12);
  expect((await request.get(`/api/compare?a=${strongRun}&b=${strongRun}`)).status()).toBe(422);
  expect((await request.get(`/api/compare?a=${strongRun}&b=nope`)).status()).toBe(422);

  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  await page.getByRole("link", { name: `Compare ${weak.name} with the best run` }).click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?a=${strongRun}&b=${weakRun}$`));
  await expect(page.getByTestId("verdict")).toContainText(`${strong.name} is significantly more accurate`);
  await expect(page.getByTestId("p-value")).toHaveText("< 0.001");
  await expect(page.getByTestId("only-a")).toHaveText(String(json.agreement.onlyA));
  await expect(page.getByTestId("only-b")).toHaveText("0");
  const disagreements = page.getByRole("region", { name: "Where they disagree" });
  await expect(disagreements.locator("tbody tr")).toHaveCount(Math.min(25, json.agreement.onlyA));
  await screenshot(page, "compare", { width: 1440, height: 900 });
  await screenshot(page, "compare", { width: 1280, height: 720 });

  await disagreements.getByRole("link", { name: /Only B right/ }).click();
  await expect(page).toHaveURL(/side=onlyB/);
  await expect(disagreements).toContainText("the runs agree on every shared sample");
  await page.goBack();
  const firstSample = json.disagreements.items[0]!.sampleId;
  await disagreements.locator("tbody tr").first().locator("td").nth(4).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/runs/${weakRun}/outputs\\?sample=${firstSample}$`));
});

test("the leaderboard updates itself while a run is in progress", async ({ page, request }) => {
  test.setTimeout(120_000);
  const dataset = await createDataset(request, { name: uniqueName("Abstracts live"), file: MEDICAL_ABSTRACTS_200 });
  const slow = await createEndpoint(request, {
    name: uniqueName("Slow"),
    model: "slow-300+oracle-70",
    maxConcurrency: 1,
  });
  const runId = await createRun(request, { datasetId: dataset.id, endpointIds: [slow.id], limit: 20 });

  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  const status = page.getByRole("status").filter({ hasText: "updating live" });
  await expect(status).toBeVisible();
  // No reload: the page refreshes itself until the run completes, then stops saying so.
  await expect(status).toBeHidden({ timeout: 60_000 });
  const row = page.getByRole("region", { name: "Leaderboard" }).getByRole("row", { name: new RegExp(slow.name) });
  await expect(row).toContainText("20 / 20");
  await expect(row).not.toContainText("partial");
  expect(((await (await request.get(`/api/runs/${runId}`)).json()) as { status: string }).status).toBe("COMPLETED");
});

type TScoreComparisonJson = {
  kind: string;
  judge: { endpointId: string };
  scores: { pairs: number; aBetter: number; ties: number; bBetter: number; pValue: number };
  disagreements: { items: { sampleId: number; gap: number; a: { judgingId: string } }[] };
};

// Judged through the API (the judging form is another screen's journey). `judge-answer` grades each answer from a
// hash of its text, so the echoing run gets varied scores and the constant run one score throughout.
test("two open-QA runs compare on the scores of a common judge, with a Wilcoxon p-value", async ({ page, request }) => {
  test.setTimeout(240_000);
  const dataset = await createDataset(request, {
    name: uniqueName("MedQuAD compare"),
    file: MEDQUAD_200,
    task: "OPEN_QA",
    testFraction: 0.1,
  });
  const echo = await createEndpoint(request, { name: uniqueName("Echo"), model: "echo" });
  const shrug = await createEndpoint(request, { name: uniqueName("Shrug"), model: "constant:I do not know." });
  const judge = await createEndpoint(request, { name: uniqueName("Judge"), model: "judge-answer" });
  const echoRun = await createRun(request, { datasetId: dataset.id, endpointIds: [echo.id] });
  const shrugRun = await createRun(request, { datasetId: dataset.id, endpointIds: [shrug.id] });
  for (const runId of [echoRun, shrugRun]) await waitForRun(request, runId);

  // Not judged yet: the page says what to do and links to the judging form for this dataset.
  const unjudged = await request.get(`/api/compare?a=${echoRun}&b=${shrugRun}`);
  expect(unjudged.status()).toBe(422);
  await page.goto(`/compare?a=${echoRun}&b=${shrugRun}`);
  await expect(page.getByText("judge both runs with the same judge to compare them")).toBeVisible();
  await expect(page.getByRole("link", { name: "Judge the runs" })).toHaveAttribute(
    "href",
    `/judgings/new?datasetId=${dataset.id}`,
  );
  await expectAccessible(page);

  const created = await request.post("/api/judgings", {
    data: { judgeEndpointId: judge.id, runIds: [echoRun, shrugRun], includeReference: true },
  });
  expect(created.status(), await created.text()).toBe(201);
  for (const id of ((await created.json()) as { ids: string[] }).ids)
    await waitForCompleted(request, `/api/judgings/${id}`);

  const api = await request.get(`/api/compare?a=${echoRun}&b=${shrugRun}`);
  expect(api.status(), await api.text()).toBe(200);
  const json = (await api.json()) as TScoreComparisonJson;
  expect(json.kind).toBe("openQa");
  expect(json.judge.endpointId).toBe(judge.id);
  expect(json.scores.pairs).toBe(dataset.testCount);
  expect(json.scores.aBetter + json.scores.ties + json.scores.bBetter).toBe(json.scores.pairs);
  const gaps = json.disagreements.items.map((item) => item.gap);
  expect(gaps).toEqual([...gaps].sort((x, y) => y - x));

  await page.goto(`/compare?a=${echoRun}&b=${shrugRun}`);
  await expect(page.getByTestId("pairs")).toHaveText(String(dataset.testCount));
  await expect(page.getByTestId("a-better")).toHaveText(String(json.scores.aBetter));
  await expect(page.getByTestId("b-better")).toHaveText(String(json.scores.bBetter));
  await expect(page.getByTestId("p-value")).toHaveText(
    json.scores.pValue < 0.001 ? "< 0.001" : json.scores.pValue.toFixed(3),
  );
  const disagreements = page.getByRole("region", { name: "Where they disagree" });
  await expect(disagreements.locator("tbody tr")).toHaveCount(json.disagreements.items.length);
  await screenshot(page, "compare-open-qa", { width: 1440, height: 900 });
  await screenshot(page, "compare-open-qa", { width: 1280, height: 720 });

  // A constant answer gets one score and the echoes many: some samples are scored differently.
  const firstItem = json.disagreements.items[0]!;
  expect(firstItem.gap).toBeGreaterThan(0);
  await disagreements.locator("tbody tr").first().locator("td").nth(3).getByRole("link").click();
  await expect(page).toHaveURL(
    new RegExp(`/runs/${echoRun}/outputs\\?judgingId=${firstItem.a.judgingId}&sample=${firstItem.sampleId}$`),
  );

  // Against the reference answers, graded by the same judge.
  await page.goto(`/compare?a=${echoRun}&b=dataset`);
  await expect(page.getByTestId("pairs")).toHaveText(String(dataset.testCount));
  await expect(page.getByRole("columnheader", { name: "B: Reference answers" })).toBeVisible();
  await screenshot(page, "compare-open-qa-reference", { width: 1440, height: 900 });
});
