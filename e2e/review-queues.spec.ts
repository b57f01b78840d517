// Review queues created where the analyst already is (a pairwise judging's flipped verdicts, a judging's grades, two
// runs' disagreements), decided one at a time by keyboard by two reviewers, read by a viewer, and measured: agreement
// between reviewers, the judge's calibration from grades given in the app, the decisions exported.
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createDataset, createEndpoint, createRun, uniqueName, waitForCompleted } from "./support/factories";
import { MEDICAL_ABSTRACTS_200 } from "./support/llm-server";

const MEDQUAD_200 = fileURLToPath(new URL("../data/medquad-qa-200.csv", import.meta.url));

/** A user made by the e2e admin, with a role. */
async function createUser(request: APIRequestContext, baseURL: string, name: string, role: "analyst" | "viewer") {
  const user = {
    name,
    email: `${uniqueName(role).replace(/\W+/g, "-")}@e2e.evalboard.local`,
    password: "e2e password 12345",
  };
  // Better Auth refuses a cookie-carrying POST without the app's origin.
  const response = await request.post("/api/auth/admin/create-user", {
    data: { ...user, role },
    headers: { origin: baseURL },
  });
  expect(response.status()).toBe(200);
  return user;
}

/** A browser of its own, signed in as `user`. */
async function signIn(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  return page;
}

const itemText = (position: number, total: number) => new RegExp(`Item ${position} of ${total}\\b`);

test("flipped pairwise verdicts: two reviews per item, two reviewers by keyboard, a viewer reads, agreement and export", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const dataset = await createDataset(request, {
    name: uniqueName("Review flips"),
    file: MEDQUAD_200,
    task: "OPEN_QA",
    testFraction: 0.1,
  });
  const echo = await createEndpoint(request, { name: uniqueName("Echo"), model: "echo" });
  const fixed = await createEndpoint(request, { name: uniqueName("Cautious"), model: "constant:Ask your doctor." });
  // Always "Assistant A": every verdict flips when the order is swapped.
  const judge = await createEndpoint(request, { name: uniqueName("First-shown judge"), model: "pairwise-first" });
  const runIds = [
    await createRun(request, { datasetId: dataset.id, endpointIds: [echo.id] }),
    await createRun(request, { datasetId: dataset.id, endpointIds: [fixed.id] }),
  ];
  for (const runId of runIds) await waitForCompleted(request, `/api/runs/${runId}`);
  const created = await request.post("/api/pairwise-judgings", { data: { judgeEndpointIds: [judge.id], runIds } });
  expect(created.status()).toBe(201);
  const pairwiseId = ((await created.json()) as { id: string }).id;
  await waitForCompleted(request, `/api/pairwise-judgings/${pairwiseId}`);
  const second = await createUser(request, baseURL!, uniqueName("Second reviewer"), "analyst");
  const viewer = await createUser(request, baseURL!, uniqueName("Viewer"), "viewer");
  const total = dataset.testCount;

  // The pairwise page's drill-down → Flipped → "Review these flips": two reviews per item, dealt to the second reviewer.
  await page.goto(`/pairwise/${pairwiseId}`);
  const samples = page.getByRole("region", { name: "Samples" });
  await samples.getByRole("button", { name: "Flipped", exact: true }).click();
  await expect(samples.getByText(`${total} matching`)).toBeVisible();
  await samples.getByRole("button", { name: "Review these flips" }).click();
  const form = page.getByRole("form", { name: "New review queue" });
  await form.getByRole("spinbutton", { name: "Reviews per item" }).fill("2");
  await form.getByRole("checkbox", { name: second.name }).check();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/review-create-queue.png", fullPage: true });
  await form.getByRole("button", { name: "Create review queue" }).click();
  await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
  const queueId = /\/review\/([0-9a-f-]{36})/.exec(page.url())![1]!;

  // One item at a time: both answers, the assignee, the preference keys; a note, then A (1) on item 1, B (2) on item 2.
  await expect(page.getByText(itemText(1, total))).toBeVisible();
  await expect(page.getByTestId("answer-a")).not.toBeEmpty();
  await expect(page.getByTestId("answer-b")).toHaveText("Ask your doctor.");
  await expect(page.getByText(`Assigned to ${second.name}`)).toBeVisible();
  await page.keyboard.press("n");
  await expect(page.getByRole("textbox", { name: /Note/ })).toBeFocused();
  await page.keyboard.type("B does not answer the question");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("list", { name: "Decisions" })).toContainText("B does not answer the question");
  await page.keyboard.press("1");
  await expect(page.getByText(itemText(2, total))).toBeVisible();
  await page.keyboard.press("2");
  await expect(page.getByText(itemText(3, total))).toBeVisible();
  await page.keyboard.press("k");
  await expect(page.getByRole("button", { name: /B is better/, pressed: true })).toBeVisible();
  // The same reviewer deciding the same item again: refused with the reason, nothing recorded.
  await page.keyboard.press("1");
  const twice = page.getByRole("alert").filter({ hasText: "You already decided this item (PREFER" });
  await expect(twice).toContainText("undo it first");
  // Two reviews asked per item: nothing is decided yet.
  await expect(page.getByTestId("decided")).toHaveText("0");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/review-prefer.png", fullPage: true });

  // The second reviewer, in their own browser: agrees on item 1 (A), says tie on item 2 (3): a conflict, both kept.
  const other = await signIn(browser, second);
  await other.goto(`/review/${queueId}`);
  await expect(other.getByText(itemText(1, total))).toBeVisible();
  await other.keyboard.press("1");
  await expect(other.getByText(itemText(2, total))).toBeVisible();
  await other.keyboard.press("3");
  await expect(other.getByText(itemText(3, total))).toBeVisible();
  await expect(other.getByTestId("decided")).toHaveText("1");
  await other.keyboard.press("k");
  await expect(other.getByText("Reviewers disagree on this item: both decisions are kept.")).toBeVisible();
  await expect(other.getByRole("list", { name: "Decisions" }).getByRole("listitem")).toHaveCount(2);
  // Their next open item (dealt to them, not decided by them): item 3.
  await other.keyboard.press("o");
  await expect(other.getByText(itemText(3, total))).toBeVisible();

  // A viewer reads the queue and its decisions, and cannot decide (no buttons; the API refuses).
  const reader = await signIn(browser, viewer);
  await reader.goto(`/review/${queueId}?position=1`);
  await expect(reader.getByText(itemText(2, total))).toBeVisible();
  await expect(reader.getByText("You can read this queue; analysts and admins decide its items.")).toBeVisible();
  await expect(reader.getByRole("button", { name: /A is better/ })).toHaveCount(0);
  await expect(reader.getByRole("list", { name: "Decisions" }).getByRole("listitem")).toHaveCount(2);
  const refused = await reader.request.post(`/api/review-queues/${queueId}/decisions`, {
    data: { sampleId: 1, kind: "PREFER", label: "A" },
  });
  expect(refused.status()).toBe(403);

  // Agreement: admin A, B; second A, tie. p_o = 1/2, p_e = ½·½ = ¼ → Cohen's κ = (½ − ¼)/(1 − ¼) = 1/3.
  await page.getByRole("link", { name: "Agreement and export" }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${queueId}/agreement$`));
  await expect(page.getByTestId("Observed agreement")).toHaveText("50.0%");
  await expect(page.getByTestId("Cohen's κ")).toHaveText("0.33");
  const disagreements = page.getByRole("table", { name: "Disagreements" });
  await expect(disagreements.getByRole("row")).toHaveCount(2);
  await expect(disagreements).toContainText("Item 2");
  await expect(disagreements).toContainText(`${second.name}: tie`);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/review-agreement.png", fullPage: true });

  // The export is the whole audit trail: the note and the four preferences, who and when.
  const csv = await request.get(`/api/review-queues/${queueId}/decisions/export?format=csv`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split("\n");
  expect(lines).toHaveLength(1 + 5);
  expect(lines.filter((line) => line.includes(",PREFER,"))).toHaveLength(4);
  expect(lines.some((line) => line.includes(",NOTE,") && line.includes("B does not answer the question"))).toBe(true);
  await other.context().close();
  await reader.context().close();
});

test("grades given in a judging's review queue calibrate the judge in the app; two runs' disagreements queue", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const dataset = await createDataset(request, {
    name: uniqueName("Review grades"),
    file: MEDQUAD_200,
    task: "OPEN_QA",
    testFraction: 0.1,
  });
  const echo = await createEndpoint(request, { name: uniqueName("Echo"), model: "echo" });
  const judge = await createEndpoint(request, { name: uniqueName("Hash judge"), model: "judge-hash" });
  const runId = await createRun(request, { datasetId: dataset.id, endpointIds: [echo.id] });
  await waitForCompleted(request, `/api/runs/${runId}`);
  const judging = await request.post("/api/judgings", { data: { judgeEndpointId: judge.id, runIds: [runId] } });
  expect(judging.status()).toBe(201);
  const judgingId = ((await judging.json()) as { id: string }).id;
  await waitForCompleted(request, `/api/judgings/${judgingId}`);

  // The judging page → "Review grades by hand": every judgement (≤ 10), graded by people on 1-4.
  await page.goto(`/judgings/${judgingId}`);
  await page.getByRole("button", { name: "Review grades by hand" }).click();
  const form = page.getByRole("form", { name: "New review queue" });
  await form.getByRole("combobox", { name: "Judge grades at or below" }).selectOption("10");
  await form.getByRole("spinbutton", { name: "Lowest human grade" }).fill("1");
  await form.getByRole("spinbutton", { name: "Highest human grade" }).fill("4");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/review-judging-action.png", fullPage: true });
  await form.getByRole("button", { name: "Create review queue" }).click();
  await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
  const queueId = /\/review\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const total = dataset.testCount;
  await expect(page.getByText(itemText(1, total))).toBeVisible();
  const human = [4, 1, 3, 2, 4, 1];
  for (const [i, grade] of human.entries()) {
    await expect(page.getByText(itemText(i + 1, total))).toBeVisible();
    await page.keyboard.press(String(grade));
  }
  await expect(page.getByTestId("decided")).toHaveText(String(human.length));
  await page.screenshot({ path: "e2e/screenshots/review-grades.png", fullPage: true });

  // The calibration on the agreement page, the same figures as the API (which the integration test checks by hand).
  const calibration = (await (await request.get(`/api/review-queues/${queueId}/calibration`)).json()) as {
    n: number;
    spearman: number | null;
  };
  expect(calibration.n).toBe(human.length);
  await page.goto(`/review/${queueId}/agreement`);
  const section = page.getByRole("region", { name: "Agreement with human grades" });
  await expect(section).toContainText(`${human.length} answers graded by both`);
  await expect(section).toContainText("(grades given in the app)");
  await expect(section).toContainText(calibration.spearman === null ? "—" : calibration.spearman.toFixed(2));
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/review-calibration.png", fullPage: true });

  // Two classification runs compared → "Review the disagreements": both answers side by side, label decisions.
  const abstracts = await createDataset(request, { name: uniqueName("Review compare"), file: MEDICAL_ABSTRACTS_200 });
  const synonym = await createEndpoint(request, { name: uniqueName("Synonym bot"), model: "constant:Cancer" });
  const tuned = await createEndpoint(request, { name: uniqueName("Tuned 8B"), model: "oracle-80" });
  const a = await createRun(request, { datasetId: abstracts.id, endpointIds: [tuned.id] });
  const b = await createRun(request, { datasetId: abstracts.id, endpointIds: [synonym.id] });
  await waitForCompleted(request, `/api/runs/${a}`);
  await waitForCompleted(request, `/api/runs/${b}`);
  await page.goto(`/compare?a=${a}&b=${b}`);
  await page.getByRole("button", { name: "Review the disagreements" }).click();
  await page
    .getByRole("form", { name: "New review queue" })
    .getByRole("button", { name: "Create review queue" })
    .click();
  await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
  // "Cancer" is never a valid label: the runs disagree on every sample.
  await expect(page.getByText(itemText(1, abstracts.testCount))).toBeVisible();
  await expect(page.getByTestId("answer-b")).toHaveText("Cancer");
  await expect(page.getByRole("group", { name: "Label" })).toBeVisible();
  await page.keyboard.press("c");
  await expect(page.getByText(itemText(2, abstracts.testCount))).toBeVisible();
  await expect(page.getByTestId("decided")).toHaveText("1");
  // A correction to a label outside the set asks for explicit confirmation: "add a new label".
  await page.getByRole("textbox", { name: "New label" }).fill("oncology");
  await page.getByRole("button", { name: "Expected should be the new label" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "oncology" })).toContainText(
    '"oncology" is not one of the dataset\'s labels',
  );
  await expect(page.getByText(itemText(2, abstracts.testCount))).toBeVisible();
  await page.getByRole("button", { name: "Add “oncology” as a new label" }).click();
  await expect(page.getByText(itemText(3, abstracts.testCount))).toBeVisible();
  await expect(page.getByTestId("decided")).toHaveText("2");
  await page.keyboard.press("k");
  await expect(page.getByRole("list", { name: "Decisions" })).toContainText("expected label is wrong → oncology");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/review-runs-disagree.png", fullPage: true });

  // The list of queues: where each came from, the reviews asked, the progress.
  await page.goto("/review");
  await expect(page.getByRole("row", { name: /answers where the two runs disagree/ })).toContainText("2 / ");
  await expect(page.getByRole("row", { name: /judge grades ≤ 10/ })).toContainText(`${human.length} / ${total}`);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/review-queues.png", fullPage: true });
});
