// Where the test suites run: their own databases and queue prefix, so a running demo is left alone.
const base = process.env.TEST_DATABASE_BASE_URL ?? "postgresql://postgres@127.0.0.1:5432";
// Two checkouts on one machine (a second worktree, say) run their suites side by side with EVALBOARD_TEST_SLOT=n:
// their databases, queue prefixes and ports are then all their own.
const slot = /^[1-9]$/.test(process.env.EVALBOARD_TEST_SLOT ?? "") ? Number(process.env.EVALBOARD_TEST_SLOT) : 0;
const suffix = slot === 0 ? "" : `_${slot}`;

/** The test LLM server Playwright starts next to the e2e app. */
export const E2E_LLM_SERVER_PORT = 4100 + slot * 10;

/**
 * Every variable lib/env reads, plus HOSTNAME_BIND (scripts/start.sh). Each suite's environment names them all, empty
 * where the default applies (lib/env reads "" as unset): neither scripts/lib.sh's load_dotenv nor Next's own .env
 * loading replaces a variable that is set, so a developer's .env (the admin `npm run up` writes, say) never reaches
 * the tests. test/env.test.ts checks the list against lib/env.
 */
export const APP_VARIABLES = [
  "NODE_ENV",
  "DATABASE_URL",
  "REDIS_URL",
  "QUEUE_PREFIX",
  "WORKERS_HEALTH_PORT",
  "RECONCILE_INTERVAL_MS",
  "RECONCILE_STALL_MS",
  "JOB_LOCK_MS",
  "MAX_UPLOAD_BYTES",
  "LOG_LEVEL",
  "EVALBOARD_ALLOWED_HOSTS",
  "EVALBOARD_TRUSTED_PROXIES",
  "EVALBOARD_ENCRYPTION_KEY",
  "EVALBOARD_ADMIN_EMAIL",
  "EVALBOARD_ADMIN_PASSWORD",
  "EVALBOARD_BASE_URL",
  "BETTER_AUTH_SECRET",
  "HOSTNAME_BIND",
] as const;

const defaults = Object.fromEntries(APP_VARIABLES.map((name) => [name, ""])) as Record<
  (typeof APP_VARIABLES)[number],
  string
>;

export const testEnv = {
  integration: {
    ...defaults,
    NODE_ENV: "test",
    DATABASE_URL: `${base}/evalboard_test${suffix}`,
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    QUEUE_PREFIX: `evalboard-test${suffix}`,
    WORKERS_HEALTH_PORT: "-1",
    // The test LLM servers listen on 127.0.0.1 (random ports); lib/net refuses loopback unless allowed.
    EVALBOARD_ALLOWED_HOSTS: "127.0.0.1",
  },
  e2e: {
    ...defaults,
    NODE_ENV: "production",
    DATABASE_URL: `${base}/evalboard${suffix}_e2e`,
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    QUEUE_PREFIX: `evalboard-e2e${suffix}`,
    WORKERS_HEALTH_PORT: "-1",
    PORT: process.env.E2E_PORT ?? String(3100 + slot * 10),
    EVALBOARD_NEXT_DIST_DIR: ".next-e2e",
    // The test LLM server (E2E_LLM_SERVER_PORT) and the servers specs start on random ports; start.sh adds the app's own.
    EVALBOARD_ALLOWED_HOSTS: "127.0.0.1",
    // A fixed, public key: the e2e database holds only test data.
    EVALBOARD_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
  },
} as const;
