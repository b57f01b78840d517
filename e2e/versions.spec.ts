import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createDataset, createEndpoint, createRun, readOutputs, uniqueName, waitForRun } from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";

type TOutput = {
  index: number;
  expected: string;
  parsedLabel: string | null;
  valid: boolean | null;
  errorKind: string | null;
};

/** Correct / valid counted from the stored outputs, with the expected labels a version corrects (by row index). */
function countByHand(outputs: TOutput[], relabel: Map<number, string>, removed: Set<number>) {
  let valid = 0;
  let correct = 0;
  for (const output of outputs) {
    if (output.errorKind !== null || removed.has(output.index) || !output.valid) continue;
    valid += 1;
    if (output.parsedLabel === (relabel.get(output.index) ?? output.expected)) correct += 1;
  }
  return `${correct} / ${valid}`;
}

test("upload a new version: see the diff, confirm, switch a run between versions; mismatched columns are named", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const dataset = await createDataset(request, {
    name: uniqueName("Versioned abstracts"),
    file: MEDICAL_ABSTRACTS_200,
  });
  const endpoint = await createEndpoint(request, { name: uniqueName("Oracle 80"), model: "oracle-80" });
  const runId = await createRun(request, { datasetId: dataset.id, endpointIds: [endpoint.id] });
  await waitForRun(request, runId);
  const outputs = await readOutputs<TOutput>(request, runId);

  // The corrected file: every line is one row (`"text",label,id,split`); rows 1-3 relabelled, the last two removed.
  const lines = (await readFile(MEDICAL_ABSTRACTS_200, "utf8")).trimEnd().split("\n");
  const relabel = new Map<number, string>();
  const corrected = lines.slice(0, -2).map((line, i) => {
    if (i === 0 || i > 3) return line;
    return line.replace(/,([^,]+),([^,]+),([^,]+)$/, (_, label: string, id: string, split: string) => {
      const to = dataset.labels.find((l) => l !== label)!;
      relabel.set(i - 1, to);
      return `,${to},${id},${split}`;
    });
  });
  const removed = new Set([lines.length - 3, lines.length - 2]);

  await page.goto(`/datasets/${dataset.id}`);
  const versions = page.getByRole("region", { name: "Versions" });
  await expect(versions.getByTestId("version-list")).toContainText("Version 1");
  await versions.getByRole("button", { name: "Upload a new version" }).click();

  // A file whose columns do not match the mapping: refused, naming the missing columns.
  await versions.getByLabel("Corrected file").setInputFiles({
    name: "wrong.csv",
    mimeType: "text/csv",
    buffer: Buffer.from('body,category\n"some text",cardiology\n'),
  });
  const refusal = versions.getByRole("alert");
  await expect(refusal).toContainText("missing");
  await expect(refusal).toContainText('"text"');
  await expect(refusal).toContainText('"label"');
  await versions.screenshot({ path: "e2e/screenshots/versions-reupload-mismatch.png" });

  // The corrected file: the diff before anything is created.
  await versions.getByLabel("Corrected file").setInputFiles({
    name: "abstracts-corrected.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(corrected.join("\n") + "\n"),
  });
  const diff = versions.getByTestId("reupload-diff");
  await expect(diff.getByTestId("diff-relabelled")).toHaveText("3");
  await expect(diff.getByTestId("diff-removed")).toHaveText("2");
  await expect(diff.getByTestId("diff-added")).toHaveText("0");
  await expect(diff.getByRole("table")).toContainText(relabel.get(0)!);
  await expectAccessible(page);
  await versions.screenshot({ path: "e2e/screenshots/versions-reupload-diff.png" });
  await diff.getByRole("button", { name: "Create version 2" }).click();
  await expect(versions.getByRole("status")).toContainText("Version 2 created (3 relabelled, 2 removed)");
  await expect(versions.getByTestId("version-list")).toContainText("From a re-upload: 3 relabelled, 2 excluded");
  await versions.screenshot({ path: "e2e/screenshots/versions-dataset.png" });

  // The samples table on version 2 (the default, the latest): corrected labels with the uploaded one struck through,
  // removed rows greyed; the changed filter lists exactly those five rows.
  const samples = page.getByRole("region", { name: "Samples" });
  await page.reload();
  await expect(samples.getByLabel("Version", { exact: true })).toHaveValue("2");
  await expect(samples.getByTestId("sample-version-counts")).toHaveText(
    `Version 2 (latest): ${lines.length - 3} rows of the ${lines.length - 1} uploaded; 3 relabelled, 2 removed (shown greyed).`,
  );
  await samples.getByLabel("Changed in this version only").check();
  await samples.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]version=2&.*changed=1/);
  const rows = samples.locator("tbody tr");
  await expect(rows).toHaveCount(5);
  const uploaded = lines.slice(1).map((line) => line.match(/,([^,]+),[^,]+,[^,]+$/)![1]!);
  for (const [index, to] of relabel) {
    const row = rows.nth(index);
    await expect(row.locator("td").first()).toHaveText(String(index + 1));
    await expect(row.getByTestId("sample-was")).toHaveText(`was ${uploaded[index]}`);
    await expect(row.getByTestId("sample-relabelled")).toHaveText("Relabelled in v2");
    await expect(row.locator("td").nth(3)).toContainText(to);
  }
  for (const [n, index] of [...removed].entries()) {
    const row = rows.nth(3 + n);
    await expect(row.locator("td").first()).toHaveText(String(index + 1));
    await expect(row).toHaveAttribute("data-removed", "true");
    await expect(row.getByTestId("sample-removed")).toHaveText("Removed in v2");
  }
  await expectAccessible(page);
  await samples.screenshot({ path: "e2e/screenshots/versions-samples-v2.png" });

  // Version 1: the labels as uploaded, nothing changed.
  await samples.getByLabel("Version", { exact: true }).selectOption("1");
  await samples.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]version=1&.*changed=1/);
  await expect(samples.getByText("No rows match.")).toBeVisible();
  await samples.getByLabel("Changed in this version only").uncheck();
  await samples.getByRole("button", { name: "Apply" }).click();
  await expect(samples.getByTestId("sample-version-counts")).toHaveText(
    `Version 1, as uploaded: ${lines.length - 1} rows.`,
  );
  await expect(rows.first().locator("td").nth(3)).toHaveText(uploaded[0]!);
  await expect(samples.getByTestId("sample-was")).toHaveCount(0);
  await expect(samples.getByTestId("sample-removed")).toHaveCount(0);
  await samples.screenshot({ path: "e2e/screenshots/versions-samples-v1.png" });

  // A version the dataset does not have, or no version number at all: said so, no table, never an error page.
  await page.goto(`/datasets/${dataset.id}?version=7#samples`);
  await expect(samples.getByRole("alert")).toHaveText(
    "This dataset has no version 7: it has versions 1 to 2. Show the latest version",
  );
  await expect(samples.getByRole("table")).toHaveCount(0);
  await page.goto(`/datasets/${dataset.id}?version=newest#samples`);
  await expect(samples.getByRole("alert")).toContainText('"newest" is not a version number');
  await samples.screenshot({ path: "e2e/screenshots/versions-samples-unknown.png" });

  // The run page: version 2 (re-scored by the workers, no model call), then version 1 (native).
  await page.goto(`/runs/${runId}`);
  const switcher = page.getByRole("region", { name: "Scored on dataset version" });
  await expect(switcher.getByRole("combobox", { name: "Version" })).toHaveValue("2");
  await expect(switcher.getByTestId("run-version-scoring")).toHaveText("re-scored from the stored answers");
  await expect(switcher.getByText("Correct / valid").locator("..")).toContainText(
    countByHand(outputs, relabel, removed),
  );
  await expect(switcher).toContainText("Valid accuracy with reviewed aliases");
  await switcher.screenshot({ path: "e2e/screenshots/versions-run-v2.png" });
  await switcher.getByRole("combobox", { name: "Version" }).selectOption("1");
  await expect(switcher.getByTestId("run-version-scoring")).toHaveText("natively scored: the version this run ran on");
  await expect(switcher.getByText("Correct / valid").locator("..")).toContainText(
    countByHand(outputs, new Map(), new Set()),
  );
  await switcher.screenshot({ path: "e2e/screenshots/versions-run-v1.png" });
  await expectAccessible(page);

  // The leaderboard lists the run on both versions, natively on 1 and re-scored on 2.
  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  await expect(page.getByTestId(`version-1-run-${runId}`)).toContainText("native");
  await expect(page.getByTestId(`version-2-run-${runId}`)).toContainText("re-scored");
  await expect(page.getByTestId(`version-2-run-${runId}`).getByTestId("correct-valid")).toHaveText(
    countByHand(outputs, relabel, removed),
  );
  await page.getByRole("region", { name: "Dataset versions" }).screenshot({
    path: "e2e/screenshots/versions-leaderboard.png",
  });

  // A new run evaluates version 2: the removed rows are not sent.
  const secondRun = await createRun(request, { datasetId: dataset.id, endpointIds: [endpoint.id] });
  await waitForRun(request, secondRun);
  const second = await readOutputs<TOutput>(request, secondRun);
  const removedTest = outputs.filter((output) => removed.has(output.index)).length;
  expect(second).toHaveLength(outputs.length - removedTest);
  expect(second.some((output) => removed.has(output.index))).toBe(false);
});
