// Where the test suites run: their own databases and queue prefix, so a running demo is left alone.
const base = process.env.TEST_DATABASE_BASE_URL ?? "postgresql://postgres@127.0.0.1:5432";
// Two checkouts on one machine (a second worktree, say) run their suites side by side with EVALBOARD_TEST_SLOT=n:
// their databases, queue prefixes and ports are then all their own.
const slot = /^[1-9]$/.test(process.env.EVALBOARD_TEST_SLOT ?? "") ? Number(process.env.EVALBOARD_TEST_SLOT) : 0;
const suffix = slot === 0 ? "" : `_${slot}`;

/** The test LLM server Playwright starts next to the e2e app. */
export const E2E_LLM_SERVER_PORT = 4100 + slot * 10;

export const testEnv = {
  integration: {
    NODE_ENV: "test",
    DATABASE_URL: `${base}/evalboard_test${suffix}`,
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    QUEUE_PREFIX: `evalboard-test${suffix}`,
    WORKERS_HEALTH_PORT: "-1",
    // The test LLM servers listen on 127.0.0.1 (random ports); lib/net refuses loopback unless allowed.
    EVALBOARD_ALLOWED_HOSTS: "127.0.0.1",
  },
  e2e: {
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
