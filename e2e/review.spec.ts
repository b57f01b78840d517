import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createDataset, createEndpoint, createRun, readOutputs, uniqueName, waitForRun } from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";

type TOutput = {
  sampleId: number;
  expected: string;
  parsedLabel: string | null;
  valid: boolean | null;
  rawText: string | null;
  errorKind: string | null;
};

/** The figures a version must show, counted here from the raw outputs and the reviewed changes. */
function countByHand(outputs: TOutput[], relabel: Map<number, string>, aliases: Map<string, string>) {
  const figures = { valid: 0, correct: 0, aliasValid: 0, aliasCorrect: 0 };
  for (const output of outputs) {
    if (output.errorKind !== null) continue;
    const expected = relabel.get(output.sampleId) ?? output.expected;
    const label = output.valid ? output.parsedLabel : null;
    const aliased = label ?? aliases.get((output.rawText ?? "").trim().toLowerCase()) ?? null;
    if (label !== null) figures.valid += 1;
    if (label !== null && label === expected) figures.correct += 1;
    if (aliased !== null) figures.aliasValid += 1;
    if (aliased !== null && aliased === expected) figures.aliasCorrect += 1;
  }
  return figures;
}

const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${((part / whole) * 100).toFixed(1)}%`);

test("review a run's invalid answers, accept version 2, and see every run's v1 and v2 figures", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const dataset = await createDataset(request, { name: uniqueName("Review abstracts"), file: MEDICAL_ABSTRACTS_200 });
  const synonym = await createEndpoint(request, { name: uniqueName("Synonym bot"), model: "constant:Cancer" });
  const tuned = await createEndpoint(request, { name: uniqueName("Tuned 8B"), model: "oracle-80" });
  const synonymRun = await createRun(request, { datasetId: dataset.id, endpointIds: [synonym.id] });
  const tunedRun = await createRun(request, { datasetId: dataset.id, endpointIds: [tuned.id] });
  await waitForRun(request, synonymRun);
  await waitForRun(request, tunedRun);
  const total = dataset.testCount;

  // Run → its invalid answers → "Review these".
  await page.goto(`/runs/${synonymRun}/outputs?view=invalid`);
  await page.getByRole("button", { name: "Review these" }).click();
  await page
    .getByRole("form", { name: "New review queue" })
    .getByRole("button", { name: "Create review queue" })
    .click();
  await expect(page).toHaveURL(/\/review\/[0-9a-f-]+/);
  const queueId = /\/review\/([0-9a-f-]+)/.exec(page.url())![1]!;
  await expect(page.getByText(new RegExp(`Item 1 of ${total}\\b`))).toBeVisible();
  await expectAccessible(page);

  // Five items by keyboard: two label corrections (a label ≠ expected, by its number), one alias, two confirmations.
  const labels = [...dataset.labels].sort();
  const relabel = new Map<number, string>();
  for (const position of [0, 1]) {
    await expect(page.getByText(new RegExp(`Item ${position + 1} of ${total}\\b`))).toBeVisible();
    const item = (await (await request.get(`/api/review-queues/${queueId}/items?position=${position}`)).json()) as {
      item: { sampleId: number; expected: string };
    };
    await expect(page.getByTestId("expected")).toHaveText(item.item.expected);
    const target = labels.find((label) => label !== item.item.expected)!;
    await page.keyboard.press(String(labels.indexOf(target) + 1));
    await expect(page.getByRole("button", { name: target, pressed: true })).toBeVisible();
    if (position === 0) await page.screenshot({ path: "e2e/screenshots/review-item.png", fullPage: true });
    await page.keyboard.press("r");
    relabel.set(item.item.sampleId, target);
  }
  await expect(page.getByText(new RegExp(`Item 3 of ${total}\\b`))).toBeVisible();
  await page.keyboard.press(String(labels.indexOf("neoplasms") + 1));
  await expect(page.getByRole("button", { name: "neoplasms", pressed: true })).toBeVisible();
  await page.keyboard.press("a");
  await expect(page.getByText(new RegExp(`Item 4 of ${total}\\b`))).toBeVisible();
  await page.keyboard.press("c");
  await expect(page.getByText(new RegExp(`Item 5 of ${total}\\b`))).toBeVisible();
  await page.keyboard.press("c");
  await expect(page.getByText(new RegExp(`Item 6 of ${total}\\b`))).toBeVisible();
  await expect(page.getByTestId("decided")).toHaveText("5");
  // Back to item 1: the audit trail shows the correction.
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await expect(page.getByText(new RegExp(`Item 1 of ${total}\\b`))).toBeVisible();
  await expect(page.getByRole("list", { name: "Decisions" })).toContainText("expected label is wrong →");

  await page.getByRole("button", { name: "Accept as new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 2 created" })).toContainText(
    "Version 2 created: 2 relabelled, 0 excluded, 1 alias",
  );
  await page.screenshot({ path: "e2e/screenshots/review-accepted.png", fullPage: true });
  await page.getByRole("link", { name: "See every run re-scored on it" }).click();
  await expect(page).toHaveURL(new RegExp(`/leaderboard\\?datasetId=${dataset.id}`));

  // Exact figures per version, counted independently from each run's stored outputs.
  const aliases = new Map([["cancer", "neoplasms"]]);
  for (const runId of [synonymRun, tunedRun]) {
    const outputs = await readOutputs<TOutput>(request, runId);
    expect(outputs).toHaveLength(total);
    for (const [version, changes] of [
      [1, { relabel: new Map<number, string>(), aliases: new Map<string, string>() }],
      [2, { relabel, aliases }],
    ] as const) {
      const figures = countByHand(outputs, changes.relabel, changes.aliases);
      const row = page.getByTestId(`version-${version}-run-${runId}`);
      await expect(row.getByTestId("correct-valid")).toHaveText(`${figures.correct} / ${figures.valid}`);
      const aliasFigure = percent(figures.aliasCorrect, figures.aliasValid).replace(".", "\\.");
      await expect(row.locator("td").nth(7)).toHaveText(new RegExp(`^${aliasFigure}`));
      await expect(row).toContainText(version === 1 ? "native" : "re-scored");
    }
  }
  // The synonym bot: no valid answer on either version, but its aliased figure exists only on version 2.
  await expect(page.getByTestId(`version-1-run-${synonymRun}`).locator("td").nth(7)).toContainText("—");
  await page.getByTestId("version-2").scrollIntoViewIfNeeded();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/review-versions-leaderboard.png", fullPage: true });
});
