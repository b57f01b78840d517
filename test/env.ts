// Where the test suites run: their own databases and queue prefix, so a running demo is left alone.
const base = process.env.TEST_DATABASE_BASE_URL ?? "postgresql://postgres@127.0.0.1:5432";

export const testEnv = {
  integration: {
    NODE_ENV: "test",
    DATABASE_URL: `${base}/evalboard_test`,
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    QUEUE_PREFIX: "evalboard-test",
    WORKERS_HEALTH_PORT: "-1",
    // The test LLM servers listen on 127.0.0.1 (random ports); lib/net refuses loopback unless allowed.
    EVALBOARD_ALLOWED_HOSTS: "127.0.0.1",
  },
  e2e: {
    NODE_ENV: "production",
    DATABASE_URL: `${base}/evalboard_e2e`,
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    QUEUE_PREFIX: "evalboard-e2e",
    WORKERS_HEALTH_PORT: "-1",
    PORT: process.env.E2E_PORT ?? "3100",
    EVALBOARD_NEXT_DIST_DIR: ".next-e2e",
    // The test LLM server (port 4100) and the servers specs start on random ports; start.sh adds the app's own.
    EVALBOARD_ALLOWED_HOSTS: "127.0.0.1",
    // A fixed, public key: the e2e database holds only test data.
    EVALBOARD_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
  },
} as const;
