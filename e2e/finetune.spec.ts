import { createHmac } from "node:crypto";
import { expect, test } from "@playwright/test";
import { testEnv } from "../test/env";
import { expectAccessible } from "./support/accessibility";
import { createDataset, createRun, uniqueName } from "./support/factories";

// The fine-tuning loop with the built-in provider (issue 17): export a TRAIN split, fine-tune at /api/local/v1,
// the fine-tuned model becomes an endpoint, its run is queued, and it lands on the leaderboard beside its base.

const BASE_URL = `http://127.0.0.1:${testEnv.e2e.PORT}`;

/** The workers' key for the built-in models (lib/local-models/access-key.ts), from the e2e app's public test key. */
function localModelKey(): string {
  const key = Buffer.from(testEnv.e2e.EVALBOARD_ENCRYPTION_KEY, "base64");
  return `evb_local_${createHmac("sha256", key).update("evalboard/local-models/v1").digest("base64url")}`;
}

test("export → fine-tune → endpoint → run → leaderboard row, with the built-in provider", async ({ page, request }) => {
  test.setTimeout(180_000);
  const dataset = await createDataset(request, {
    name: uniqueName("Fine-tune abstracts"),
    file: "data/medical-abstracts-classification-200.csv",
    testFraction: 0.5,
  });
  const providerName = uniqueName("Local NB");
  const provider = await request.post("/api/endpoints", {
    data: {
      name: providerName,
      baseUrl: `${BASE_URL}/api/local/v1`,
      model: `naive-bayes:${dataset.id}`,
      apiKey: localModelKey(),
      inputPricePerM: 0,
      outputPricePerM: 0,
    },
  });
  expect(provider.status(), await provider.text()).toBe(201);
  const providerId = ((await provider.json()) as { id: string }).id;
  // The base model's TEST run: the fine-tune repeats its settings, so the leaderboard pairs the two.
  await createRun(request, { datasetId: dataset.id, endpointIds: [providerId] });

  await page.goto(`/finetunes/new?datasetId=${dataset.id}`);
  await page.getByLabel("Provider and base model").selectOption(providerId);
  await page.getByLabel("Epochs").fill("6");
  await page.getByLabel("Model suffix").fill("e2e");
  await page.getByLabel("Training price (USD per million tokens)").fill("3");
  await page.getByRole("button", { name: "Estimate" }).click();
  const trainingRows = Math.round(dataset.trainCount * 0.9);
  await expect(page.getByText("Training rows", { exact: true }).locator("..")).toContainText(String(trainingRows));
  await expect(page.getByRole("link", { name: "Download training.jsonl" })).toBeVisible();
  const download = await request.get(
    `/api/datasets/${dataset.id}/finetune-export?split=TRAIN&validationShare=0.1&seed=1&file=training`,
  );
  const lines = (await download.text()).trimEnd().split("\n");
  expect(lines).toHaveLength(trainingRows);
  const example = JSON.parse(lines[0]!) as { messages: { role: string; content: string }[] };
  expect(example.messages.map((message) => message.role)).toEqual(["user", "assistant"]);
  expect(dataset.labels).toContain(example.messages[1]?.content);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/finetune-new.png", fullPage: true });

  await page.getByRole("button", { name: "Confirm and start fine-tune" }).click();
  await expect(page).toHaveURL(/\/finetunes\/[0-9a-f-]{36}$/);
  const result = page.getByRole("region", { name: "Result" });
  await expect(result.getByText("Registered as")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText("Training loss", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Provider events" })).toContainText("Epoch 6/6");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/finetune-job.png", fullPage: true });

  await page.goto("/finetunes");
  const listed = page.getByRole("row").filter({ hasText: dataset.name });
  await expect(listed).toContainText(providerName);
  await expect(listed).toContainText("Completed");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/finetune-list.png", fullPage: true });
  await page.goBack();

  const endpointName = `Fine-tuned e2e · ${providerName}`;
  await result.getByRole("link", { name: endpointName }).click();
  await expect(page.getByText(/^ft:naive-bayes:/).first()).toBeVisible();

  await expect
    .poll(
      async () => {
        const board = (await (await request.get(`/api/leaderboard?datasetId=${dataset.id}`)).json()) as {
          rows: { endpoint: { name: string }; status: string }[];
        };
        return board.rows.find((row) => row.endpoint.name === endpointName)?.status;
      },
      { timeout: 90_000 },
    )
    .toBe("COMPLETED");
  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  const table = page.getByRole("region", { name: "Leaderboard" });
  await expect(table.getByRole("row", { name: new RegExp(endpointName) })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(`^${providerName}`) }).first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/finetune-leaderboard.png", fullPage: true });

  // The article's other path on the same dataset: a logistic regression on the built-in TF-IDF + SVD embeddings,
  // started from the dataset page, fitted on TRAIN by the workers, scoring TEST as a run of its own.
  const embeddingsName = uniqueName("Local embeddings");
  const embeddings = await request.post("/api/endpoints", {
    data: {
      name: embeddingsName,
      baseUrl: `${BASE_URL}/api/local/v1`,
      model: `tfidf-svd:${dataset.id}`,
      apiKey: localModelKey(),
      inputPricePerM: 0,
      outputPricePerM: 0,
    },
  });
  expect(embeddings.status(), await embeddings.text()).toBe(201);
  const embeddingsId = ((await embeddings.json()) as { id: string }).id;
  await page.goto(`/datasets/${dataset.id}`);
  const start = page.getByRole("region", { name: "Embedding classifier" });
  await start.getByLabel("Embeddings endpoint").selectOption(embeddingsId);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/embedding-classifier-start.png", fullPage: true });
  await start.getByRole("button", { name: "Fit and score TEST" }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  const classifierRunId = new URL(page.url()).pathname.split("/").pop();
  const classifierName = `${embeddingsName} + logistic regression`;
  await expect(page.getByRole("heading", { level: 1 })).toContainText(classifierName);
  await expect(page.getByText("Completed", { exact: true }).first()).toBeVisible({ timeout: 90_000 });
  const fit = page.getByRole("region", { name: "Logistic regression on the embeddings" });
  await expect(fit.getByText("(chosen)")).toBeVisible();
  await expect(fit).toContainText(`${dataset.trainCount} TRAIN rows`);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/embedding-classifier-run.png", fullPage: true });

  const board = (await (await request.get(`/api/leaderboard?datasetId=${dataset.id}`)).json()) as {
    rows: {
      runId: string;
      endpoint: { name: string };
      method: string;
      validRate: { estimate: number };
      answered: number;
    }[];
  };
  const classifierRow = board.rows.find((row) => row.endpoint.name === embeddingsName);
  expect(classifierRow?.method).toBe("EMBEDDING_CLASSIFIER");
  // Always a valid label: every TEST sample answered, every answer valid.
  expect(classifierRow?.answered).toBe(dataset.testCount);
  expect(classifierRow?.validRate.estimate).toBe(1);
  await page.goto(`/leaderboard?datasetId=${dataset.id}`);
  await expect(table.getByRole("row", { name: new RegExp(endpointName) })).toBeVisible();
  const row = table.getByRole("row", { name: new RegExp(classifierName.replace(/[+]/g, "\\+")) });
  await expect(row).toBeVisible();
  await expect(row.getByText("embedding classifier", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/embedding-classifier-leaderboard.png", fullPage: true });

  // Named as what it is on the runs list and on the comparison with the base model.
  await page.goto("/runs");
  await expect(page.getByRole("link", { name: classifierName, exact: true })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/embedding-classifier-runs.png", fullPage: true });
  const baseRunId = board.rows.find((candidate) => candidate.endpoint.name === providerName)?.runId;
  await page.goto(`/compare?a=${baseRunId}&b=${classifierRunId}`);
  await expect(page.getByRole("columnheader", { name: `B: ${classifierName}` })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/embedding-classifier-compare.png", fullPage: true });
});
