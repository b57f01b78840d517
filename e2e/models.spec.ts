import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { startLlmServer, type TLlmServer } from "../test/llm-server/server";
import { expectAccessible } from "./support/accessibility";

// A real OpenAI-compatible server that only answers with the right key: "Test connection" proves the stored,
// encrypted key round-trips to the model. Model "constant:<text>" replies <text>.
const apiKey = `sk-e2e-${randomUUID().replaceAll("-", "")}`;
let server: TLlmServer;

test.beforeAll(async () => {
  server = await startLlmServer({ apiKey });
});

test.afterAll(async () => {
  await server.close();
});

test("registers a model, shows it with the key masked, tests the connection, edits it and deletes it", async ({
  page,
}) => {
  const name = `Llama 3.1 8B fine-tuned ${randomUUID().slice(0, 6)}`;
  const maskedKey = `…${apiKey.slice(-4)}`;

  await page.goto("/models");
  await page.getByRole("link", { name: "Register model" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register a model");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/models-new.png", fullPage: true });

  // The API's 422 details appear next to the fields they concern.
  await page.getByRole("button", { name: "Register model" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/Enter a name/);
  await expect(page.getByLabel("Base URL", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/models-new-errors.png", fullPage: true });

  await page.getByLabel("Name", { exact: true }).fill(name);
  await expect(page.getByLabel("Name", { exact: true })).not.toHaveAttribute("aria-invalid");
  await page.getByRole("button", { name: "vLLM" }).click();
  await expect(page.getByLabel("Base URL", { exact: true })).toHaveValue("http://127.0.0.1:8000/v1");
  await page.getByLabel("Base URL", { exact: true }).fill(`${server.url}/`);
  await page.getByLabel("Model", { exact: true }).fill("constant:OK");
  await page.getByLabel("API key", { exact: true }).fill(apiKey);
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByLabel("Header 1 name").fill("X-Team");
  await page.getByLabel("Header 1 value").fill("evals");
  await page.getByLabel("Input price").fill("0.2");
  await page.getByLabel("Output price").fill("0.8");
  await page.getByLabel("Max concurrency").fill("4");
  await page.getByLabel("Requests per minute").fill("120");
  await page.getByLabel("Timeout").fill("30");
  await page.getByRole("textbox", { name: "Tags", exact: true }).fill("7B");
  await page.getByRole("textbox", { name: "Tags", exact: true }).press("Enter");
  await page.getByRole("button", { name: "+ fine-tuned" }).click();
  await expect(page.getByRole("list", { name: "Selected tags" })).toHaveText(/7b.*fine-tuned/);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/models-new-filled.png", fullPage: true });
  await page.getByRole("button", { name: "Register model" }).click();

  await expect(page).toHaveURL(/\/models$/);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(maskedKey);
  await expect(row).toContainText("constant:OK");
  await expect(row).toContainText(`127.0.0.1:${server.port}`);
  await expect(row.getByRole("listitem")).toHaveText(["7b", "fine-tuned"]);
  await expect(row).toContainText("$0.20 / $0.80");
  await expect(row).toContainText("4 concurrent");
  await expect(page.locator("body")).not.toContainText(apiKey);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/models-list.png", fullPage: true });

  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByLabel("API key", { exact: true })).toHaveAttribute(
    "placeholder",
    `${maskedKey} — leave empty to keep`,
  );
  await expect(page.getByLabel("API key", { exact: true })).toHaveValue("");
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText(/Connected in \d+ ms/)).toBeVisible();
  await expect(page.getByText("“OK”")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/models-edit.png", fullPage: true });
  // Nor in the HTML the server sends, with the React Server Components payload inside it, where a prop passed to a
  // client component would show up without being rendered.
  for (const path of ["/models", new URL(page.url()).pathname]) {
    const html = await (await page.request.get(path)).text();
    expect(html).toContain(maskedKey);
    expect(html).not.toContain(apiKey);
  }

  await page.getByLabel("Model", { exact: true }).fill("constant:Hi");
  await page.getByRole("button", { name: "Remove tag 7b" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/models$/);
  await expect(row).toContainText("constant:Hi");
  await expect(row).toContainText(maskedKey);
  await expect(row.getByRole("listitem")).toHaveText(["fine-tuned"]);

  // The key was kept: the edited endpoint still authenticates.
  await row.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText("“Hi”")).toBeVisible();

  await page.getByRole("button", { name: "Delete model" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${name}”?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/models-delete.png" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/models$/);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
});
