import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ZGateResult } from "@/lib/gate/schemas";
import { ZRunView } from "@/cli/schemas";
import { expectAccessible } from "./support/accessibility";
import { createEndpoint, uniqueName } from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";

const BIN = fileURLToPath(new URL("../bin/evalboard.mjs", import.meta.url));

type TCliResult = { code: number; stdout: string; stderr: string };

/** The `evalboard` command as a user runs it (bin/evalboard.mjs under this Node), with its output not a TTY. */
function evalboard(args: string[], env: Record<string, string>): Promise<TCliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function createToken(request: APIRequestContext): Promise<string> {
  const baseURL = test.info().project.use.baseURL ?? "";
  const created = await request.post("/api/auth/api-key/create", {
    data: { name: uniqueName("cli") },
    headers: { origin: baseURL },
  });
  expect(created.status(), await created.text()).toBe(200);
  return ((await created.json()) as { key: string }).key;
}

test("the evalboard CLI uploads, runs and gates; the leaderboard and the new-run form size what a test can detect", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const env = { EVALBOARD_URL: test.info().project.use.baseURL ?? "", EVALBOARD_TOKEN: await createToken(request) };
  const strong = await createEndpoint(request, { name: uniqueName("Strong"), model: "oracle-90" });
  // The same model under another name: the same answers, so it cannot be worse.
  const twin = await createEndpoint(request, { name: uniqueName("Strong twin"), model: "oracle-90" });
  const weak = await createEndpoint(request, { name: uniqueName("Weak"), model: "oracle-50" });
  const close = await createEndpoint(request, { name: uniqueName("Close"), model: "oracle-85" });

  const datasetName = uniqueName("CLI abstracts");
  const upload = await evalboard(
    [
      "datasets",
      "upload",
      MEDICAL_ABSTRACTS_200,
      "--name",
      datasetName,
      "--task",
      "classification",
      "--test-fraction",
      "0.5",
    ],
    env,
  );
  expect(upload, upload.stderr).toMatchObject({ code: 0 });
  expect(upload.stdout).toContain(`Uploaded "${datasetName}"`);
  // A stratified half: about 100 test samples (the exact count depends on the per-label rounding).
  const testCount = Number(/200 rows, (\d+) test \/ \d+ train/.exec(upload.stdout)?.[1]);
  expect(testCount).toBeGreaterThanOrEqual(95);
  expect(testCount).toBeLessThanOrEqual(105);

  // Human output: progress as plain lines (stderr is not a TTY here), then the run's summary.
  const first = await evalboard(["runs", "create", "--dataset", datasetName, "--endpoint", strong.name, "--wait"], env);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stderr).toMatch(new RegExp(`run [0-9a-f-]{36}: ${testCount}/${testCount} completed\n$`));
  expect(first.stderr).not.toContain("\r");
  expect(first.stdout).toMatch(/Status\s+completed/);
  expect(first.stdout).toMatch(/Accuracy\s+\d+\.\d% \(95% CI/);
  const baselineId = /Run\s+([0-9a-f-]{36})/.exec(first.stdout)?.[1] as string;

  const createJson = async (endpoint: string) => {
    const result = await evalboard(
      ["runs", "create", "--dataset", datasetName, "--endpoint", endpoint, "--wait", "--json"],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    return ZRunView.parse(JSON.parse(result.stdout));
  };
  const twinRun = await createJson(twin.name);
  const weakRun = await createJson(weak.id);
  await createJson(close.name);
  expect(twinRun).toMatchObject({ status: "COMPLETED", progress: { done: testCount, total: testCount } });

  const shown = await evalboard(["runs", "show", weakRun.id], env);
  expect(shown.code).toBe(0);
  expect(shown.stdout).toContain(weak.name);

  // Identical answers: passes at a 5-point margin (exit 0) with a readable table.
  const pass = await evalboard(["gate", "--baseline", baselineId, "--candidate", twinRun.id, "--margin", "0.05"], env);
  expect(pass.code, pass.stderr).toBe(0);
  expect(pass.stdout).toMatch(/Difference\s+0\.0 points/);
  expect(pass.stdout).toMatch(new RegExp(`Paired samples\\s+${testCount}\n`));
  expect(pass.stdout).toContain("PASS: the candidate is not worse than the baseline by more than 5.0 points.");

  // 50% against 90%: fails (exit 1); --json is the API's result.
  const fail = await evalboard(
    ["gate", "--baseline", baselineId, "--candidate", weakRun.id, "--metric", "macroF1", "--margin", "0.05", "--json"],
    env,
  );
  expect(fail.code, fail.stderr).toBe(1);
  const result = ZGateResult.parse(JSON.parse(fail.stdout));
  expect(result).toMatchObject({ metric: "macroF1", passed: false, pairs: testCount, margin: 0.05 });
  expect(result.lower as number).toBeLessThan(-0.05);

  // Usage and API errors: exit 2 with the reason.
  const same = await evalboard(["gate", "--baseline", baselineId, "--candidate", baselineId], env);
  expect(same).toMatchObject({ code: 2, stdout: "" });
  expect(same.stderr).toContain("422 The baseline and the candidate are the same run.");
  const badMetric = await evalboard(
    ["gate", "--baseline", baselineId, "--candidate", weakRun.id, "--metric", "f1"],
    env,
  );
  expect(badMetric.code).toBe(2);
  expect(badMetric.stderr).toContain("metric");
  expect((await evalboard(["gate", "--baseline", baselineId], env)).stderr).toContain("Missing --candidate");
  const noToken = await evalboard(["runs", "show", baselineId], { ...env, EVALBOARD_TOKEN: "" });
  expect(noToken).toMatchObject({ code: 2 });
  expect(noToken.stderr).toContain("EVALBOARD_TOKEN");
  const badToken = await evalboard(["runs", "show", baselineId], { ...env, EVALBOARD_TOKEN: "evb_not-a-token" });
  expect(badToken).toMatchObject({ code: 2 });
  expect(badToken.stderr).toContain("401");

  // The leaderboard: the twin is "not significantly different", with the gap its pairs could detect.
  await page.goto(`/leaderboard?datasetId=${twinRun.dataset.id}`);
  const twinRow = page.getByRole("row").filter({ hasText: twin.name });
  await expect(twinRow.getByTestId("verdict")).toContainText("Not significantly different;");
  const closeRow = page.getByRole("row").filter({ hasText: close.name });
  await expect(closeRow.getByTestId("verdict")).toContainText(/this test set can only detect ≥ \d+\.\d points/);
  const weakRow = page.getByRole("row").filter({ hasText: weak.name });
  await expect(weakRow.getByTestId("verdict")).toContainText("Significantly worse than the best (McNemar p");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/leaderboard-power.png", fullPage: true });

  // The new-run form sizes the split before anything is paid for, from the best run's accuracy.
  await page.goto(`/runs/new?datasetId=${twinRun.dataset.id}`);
  const planner = page.getByTestId("power-planner");
  await expect(planner.getByRole("status")).toContainText(
    `With ${testCount} samples, a comparison with a run of about`,
  );
  await expect(planner.getByRole("status")).toContainText(
    new RegExp(`To detect 3\\.0 points you need about [\\d,]+ samples; this split has ${testCount}\\.`),
  );
  await planner.getByLabel("Gap to detect").fill("10");
  await expect(planner.getByRole("status")).toContainText("To detect 10.0 points you need about");
  await expectAccessible(page);
  await planner.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e/screenshots/new-run-power.png", fullPage: true });
});
