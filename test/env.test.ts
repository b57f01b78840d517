import { describe, expect, it } from "vitest";
import { ZEnv } from "@/lib/env";
import { E2E_ADMIN_ENV } from "../e2e/support/accounts";
import { APP_VARIABLES, testEnv } from "./env";

describe("the test suites' environments", () => {
  it("list every variable lib/env reads, so no .env can fill one in", () => {
    expect([...APP_VARIABLES].sort()).toEqual(expect.arrayContaining(Object.keys(ZEnv.shape).sort()));
    for (const suite of [testEnv.integration, testEnv.e2e]) {
      for (const name of APP_VARIABLES) expect(suite, name).toHaveProperty(name);
    }
  });

  it("give the e2e app its own admin, key and database, whatever the developer's .env holds", () => {
    // What playwright.config.ts hands the e2e server (scripts/e2e-server.sh).
    const e2e = { ...testEnv.e2e, ...E2E_ADMIN_ENV };
    expect(e2e).toMatchObject({
      EVALBOARD_ADMIN_EMAIL: "admin@e2e.evalboard.local",
      EVALBOARD_BASE_URL: "",
      BETTER_AUTH_SECRET: "",
      HOSTNAME_BIND: "",
    });
    expect(e2e.DATABASE_URL).toMatch(/\/evalboard(_\d)?_e2e$/);
    expect(Buffer.from(e2e.EVALBOARD_ENCRYPTION_KEY, "base64")).toHaveLength(32);
  });
});
