import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { E2E_ADMIN } from "./support/accounts";
import { uniqueName } from "./support/factories";

const run = promisify(execFile);

// A script or CI job: plain Node, no browser, no cookies, only the token. Prints the HTTP status it got.
async function callApiAsScript(baseURL: string, token: string | null): Promise<string> {
  const script = `
    const headers = process.argv[2] ? { authorization: "Bearer " + process.argv[2] } : {};
    const response = await fetch(process.argv[1] + "/api/runs", { headers });
    process.stdout.write(String(response.status));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script, baseURL, token ?? ""]);
  return stdout;
}

test.describe("accounts", () => {
  // A browser that has never signed in.
  test.use({ storageState: { cookies: [], origins: [] } });

  test("sign in, create an API token, use it from a script, revoke it, see the script refused", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/settings/tokens");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings%2Ftokens$/);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    await expectAccessible(page);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();

    const name = uniqueName("ci").replace(" ", "-");
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent()) ?? "";
    expect(token).toMatch(/^evb_/);
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("never");
    await expectAccessible(page);

    expect(await callApiAsScript(baseURL!, null)).toBe("401");
    expect(await callApiAsScript(baseURL!, token)).toBe("200");
    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    await expect(page.getByRole("row", { name: new RegExp(name) })).not.toContainText("never");

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
    expect(await callApiAsScript(baseURL!, token)).toBe("401");
  });

  test("signing out ends the session", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-role")).toHaveText("admin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/runs");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fruns$/);
  });
});
