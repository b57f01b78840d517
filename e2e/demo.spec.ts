import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testEnv } from "../test/env";
import { expectAccessible } from "./support/accessibility";

// The README's "Demo without an API key": `npm run up` seeds the demo (scripts/seed.ts), whose built-in local models
// answer through the app itself. Here the seed runs against the e2e app and database exactly as `npm run up` runs it.

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const ABSTRACTS = "Medical abstracts (demo)";
const MEDQUAD = "MedQuAD QA (demo)";

/** The e2e app's environment, without any OpenAI setting a developer may have exported: this test spends nothing. */
function buildSeedEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...testEnv.e2e };
  for (const key of Object.keys(env)) {
    if (/^(OPENAI_|EVALBOARD_FINETUNED_|EVALBOARD_OPENAI_|EVALBOARD_JUDGE_|EVALBOARD_DEMO_SPEND)/.test(key))
      delete env[key];
  }
  return env;
}

async function runSeed(): Promise<string> {
  const { stdout } = await promisify(execFile)(TSX, ["scripts/seed.ts"], { cwd: ROOT, env: buildSeedEnv() });
  return stdout;
}

type TBoard = {
  rows: {
    endpoint: { name: string };
    method: string;
    status: string;
    accuracy: { estimate: number | null };
    validRate: { estimate: number | null };
    comparison: unknown;
  }[];
  qa: { reference: { endpoint: { name: string }; status: string; answered: number }[]; judgings: unknown[] } | null;
};

async function readBoard(request: APIRequestContext, datasetId: string): Promise<TBoard> {
  const response = await request.get(`/api/leaderboard?datasetId=${datasetId}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as TBoard;
}

test("the demo seed fills both leaderboards from the built-in local models, once", async ({ page, request }) => {
  test.setTimeout(240_000);
  const first = await runSeed();
  expect(first).toMatch(/dataset {2}created Medical abstracts \(demo\) \(2000 rows\)/);
  expect(first).toMatch(/run {6}queued {2}Retrieval QA on MedQuAD QA \(demo\)/);
  // Running it again creates nothing new.
  const second = await runSeed();
  expect(second).not.toMatch(/created|queued|updated/);

  const { datasets } = (await (await request.get("/api/datasets")).json()) as {
    datasets: { id: string; name: string }[];
  };
  const abstracts = datasets.find((dataset) => dataset.name === ABSTRACTS)!;
  const medquad = datasets.find((dataset) => dataset.name === MEDQUAD)!;

  // The runs and the demo fine-tune were only queued: the app's workers run them through the local models'
  // OpenAI-compatible API, and the fine-tune (issue 17) trains at the built-in provider, becomes an endpoint and
  // queues its run, the fourth row; the embedding classifier (a logistic regression on the built-in TF-IDF + SVD
  // embeddings) is the fifth. The leaderboard updates itself while any of them is in progress: it settles.
  await page.goto(`/leaderboard?datasetId=${abstracts.id}`);
  const live = page.getByRole("status").filter({ hasText: "updating live" });
  await expect(live).toHaveCount(0, { timeout: 180_000 });
  const table = page.getByRole("region", { name: "Leaderboard" });
  await expect(table.getByRole("row", { name: /Fine-tuned logreg · Naive Bayes/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /TF-IDF \+ SVD embeddings \+ logistic regression/ })).toBeVisible();
  expect((await readBoard(request, abstracts.id)).rows.map((row) => row.status)).toEqual(
    Array.from({ length: 5 }, () => "COMPLETED"),
  );
  await expect
    .poll(async () => (await readBoard(request, medquad.id)).qa?.reference.map((row) => row.status).join(), {
      timeout: 60_000,
    })
    .toBe("COMPLETED");

  const board = await readBoard(request, abstracts.id);
  const accuracy = (name: string) => board.rows.find((row) => row.endpoint.name === name)?.accuracy.estimate ?? 0;
  // The README's figures: naive Bayes about 59%, the majority class 33%.
  expect(accuracy("Naive Bayes (trained on TRAIN)")).toBeGreaterThan(0.5);
  expect(accuracy("Naive Bayes (trained on TRAIN)")).toBeLessThan(0.7);
  expect(accuracy("Majority class")).toBeCloseTo(0.33, 1);
  const fineTuned = board.rows.find((row) => row.endpoint.name.startsWith("Fine-tuned logreg · "));
  expect(fineTuned?.accuracy.estimate ?? 0).toBeGreaterThan(accuracy("Majority class"));
  // The README's figure for the embedding classifier: about 59%, every answer a valid label.
  const classifier = board.rows.find((row) => row.method === "EMBEDDING_CLASSIFIER");
  expect(classifier?.endpoint.name).toBe("TF-IDF + SVD embeddings");
  expect(classifier?.accuracy.estimate ?? 0).toBeGreaterThan(0.5);
  expect(classifier?.validRate.estimate).toBe(1);

  const models = await table.locator("tbody th[scope=row] a").allTextContents();
  expect(models.indexOf("Naive Bayes (trained on TRAIN)")).toBeLessThan(models.indexOf("Majority class"));
  // By its exact link: the demo's fine-tuned endpoint is named after its base ("Fine-tuned logreg · Naive Bayes ...").
  const naiveBayes = table
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "Naive Bayes (trained on TRAIN)", exact: true }) });
  await expect(naiveBayes.getByText("Best", { exact: true })).toBeVisible();
  // 400 test samples are plenty to tell 59% from 33%: the majority class is not "≈ best".
  await expect(table.getByRole("row", { name: /Majority class/ }).getByText("≈ best")).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/demo-classification.png", fullPage: true });

  await page.goto(`/leaderboard?datasetId=${medquad.id}`);
  const overlap = page.getByRole("region", { name: "Reference overlap" });
  await expect(overlap.getByRole("heading", { name: "Reference overlap (lexical, not a judge)" })).toBeVisible();
  await expect(overlap.getByRole("row", { name: /Retrieval QA/ })).toContainText(
    /200 \/ 200.*0\.\d{3} \(0\.\d{3}–0\.\d{3}\)/,
  );
  // No judge key in the demo: the page says so plainly and never shows a lexical score as a judge's note.
  const judge = page.getByRole("region", { name: "LLM judge" });
  await expect(
    judge.getByRole("heading", { name: /No LLM-judge notes yet: they need a judge endpoint/ }),
  ).toBeVisible();
  await expect(judge.getByRole("link", { name: "Grade with an LLM judge" })).toHaveAttribute(
    "href",
    `/judgings/new?datasetId=${medquad.id}`,
  );
  await expect(page.getByRole("region", { name: "LLM-judge notes" })).toHaveCount(0);
  await expect(page.getByText("Mean note /10")).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/demo-qa.png", fullPage: true });
});
