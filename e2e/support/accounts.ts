// The e2e app's first admin (created from these variables on its first request, see lib/auth/first-admin.ts) and
// where the signed-in browser state is kept for every spec (playwright.config.ts: the "setup" project).
import { fileURLToPath } from "node:url";

export const E2E_ADMIN = { email: "admin@e2e.evalboard.local", password: "e2e admin password, test only" } as const;

export const E2E_ADMIN_ENV = {
  EVALBOARD_ADMIN_EMAIL: E2E_ADMIN.email,
  EVALBOARD_ADMIN_PASSWORD: E2E_ADMIN.password,
} as const;

export const ADMIN_STORAGE_STATE = fileURLToPath(new URL("../../test-results/.auth/admin.json", import.meta.url));
