import { defineConfig, devices } from "@playwright/test";
import { ADMIN_STORAGE_STATE, E2E_ADMIN_ENV } from "./e2e/support/accounts";
import { LLM_SERVER_PORT, LLM_SERVER_URL } from "./e2e/support/llm-server";
import { testEnv } from "./test/env";

const baseURL = `http://127.0.0.1:${testEnv.e2e.PORT}`;

const browser = { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } };

export default defineConfig({
  testDir: "e2e",
  forbidOnly: true,
  retries: 0,
  // Two cores: one browser at a time keeps the app server responsive and the timings honest.
  workers: 1,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot work offline.
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Signs in once as the admin; every other spec starts from that session (pages and the request fixture alike).
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    // The app shell's empty states need a workspace no other spec has filled yet: it runs before all of them.
    {
      name: "empty-workspace",
      testMatch: /app-shell\.spec\.ts$/,
      dependencies: ["setup"],
      use: { ...browser, storageState: ADMIN_STORAGE_STATE },
    },
    {
      name: "chromium",
      testIgnore: /app-shell\.spec\.ts$/,
      dependencies: ["empty-workspace"],
      use: { ...browser, storageState: ADMIN_STORAGE_STATE },
    },
  ],
  webServer: [
    {
      command: "bash scripts/e2e-server.sh",
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { ...testEnv.e2e, ...E2E_ADMIN_ENV },
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // The test LLM server: OpenAI-compatible, models chosen by name; the oracle knows this dataset's labels.
      command: `tsx test/llm-server/cli.ts --port ${LLM_SERVER_PORT} --dataset data/medical-abstracts-classification-200.csv --input-col text --label-col label`,
      url: `${LLM_SERVER_URL}/models`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
