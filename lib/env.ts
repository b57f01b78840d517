import "server-only";
import { z } from "zod";
import { parseTrustedProxies } from "./auth/client-address";
import { parseAllowlist } from "./net/allowlist";

/**
 * The one place that reads process.env. Every variable has a safe local default so a fresh clone runs against the
 * Postgres and Redis of docker-compose.yml (or the machine's own) with no .env at all.
 */
export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url().default("postgresql://postgres@127.0.0.1:5432/evalboard"),
  REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
  /** Namespaces every BullMQ key, so a demo, the test suite and CI can share one Redis. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, "letters, digits, '-' and '_' only")
    .default("evalboard"),
  /** Port of the workers' readiness endpoint (GET /health); 0 picks a free port, -1 disables it. */
  WORKERS_HEALTH_PORT: z.coerce.number().int().min(-1).max(65535).default(3101),
  /**
   * How often each workers process looks for jobs whose queued work was lost: a flushed Redis is found within one
   * pass (lib/jobs/reconcile.ts), so this bounds how long a run waits after one.
   */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
  /** Backstop: a running job with no new row for this long is checked against Redis on every pass. */
  RECONCILE_STALL_MS: z.coerce.number().int().min(100).default(120_000),
  /** BullMQ job lock: a killed worker's jobs are handed to another worker after about this long. */
  JOB_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** Largest accepted upload, in bytes (compressed size for .gz files); larger ones get 413 while streaming. */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(1_000_000_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /**
   * Internal hosts model endpoints may call, comma-separated: host names, IPs and CIDRs, optionally with a port
   * (`127.0.0.1:11434,gpu-box.lan,10.0.0.0/8`). Empty by default: private, loopback, link-local and other special
   * addresses are refused (lib/net). scripts/start.sh adds the app's own origin for the built-in local models.
   */
  EVALBOARD_ALLOWED_HOSTS: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      for (const message of parseAllowlist(value).errors) ctx.addIssue({ code: "custom", message });
    }),
  /**
   * Reverse proxies in front of the web app whose `X-Forwarded-For` is believed, comma-separated IPs or CIDRs
   * (`10.0.0.5,10.1.0.0/24`). Empty by default: the client address is the socket's and `X-Forwarded-For` is ignored.
   * The address keys the sign-in rate limit (lib/auth/client-address.ts).
   */
  EVALBOARD_TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      for (const message of parseTrustedProxies(value).errors) ctx.addIssue({ code: "custom", message });
    }),
  /**
   * 32 random bytes, base64: encrypts endpoint API keys and headers at rest (AES-256-GCM). Required in production;
   * `npm run up` writes one to .env on first run. Development and tests fall back to a fixed, public key.
   */
  EVALBOARD_ENCRYPTION_KEY: z
    .string()
    .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64-encoded")
    .optional(),
  /**
   * The first admin, created on the first request when no account with this email exists (`npm run up` writes a
   * demo admin to .env). Without them, the first visitor gets a one-time setup screen. Set both or neither.
   */
  EVALBOARD_ADMIN_EMAIL: z.email().optional(),
  EVALBOARD_ADMIN_PASSWORD: z.string().min(10, "at least 10 characters").max(128).optional(),
  /**
   * The URL people use to reach the app, e.g. https://evalboard.example.com. When it is https, session cookies are
   * `Secure`; unset, the origin is taken from each request and cookies are not `Secure` (plain http on localhost).
   */
  EVALBOARD_BASE_URL: z.url().optional(),
  /** Signs session cookies. Defaults to a key derived from EVALBOARD_ENCRYPTION_KEY; set it to rotate separately. */
  BETTER_AUTH_SECRET: z.string().min(32, "at least 32 characters").optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

export function loadEnv(source: Record<string, string | undefined> = process.env): TEnv {
  // Empty strings (e.g. `FOO=` in a .env file) mean "not set", so defaults apply.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.EVALBOARD_ENCRYPTION_KEY) {
    throw new Error(
      "Invalid environment configuration:\n  EVALBOARD_ENCRYPTION_KEY: required in production (generate one with: openssl rand -base64 32)",
    );
  }
  if (Boolean(parsed.data.EVALBOARD_ADMIN_EMAIL) !== Boolean(parsed.data.EVALBOARD_ADMIN_PASSWORD)) {
    throw new Error(
      "Invalid environment configuration:\n  EVALBOARD_ADMIN_EMAIL, EVALBOARD_ADMIN_PASSWORD: set both or neither",
    );
  }
  return parsed.data;
}

export const env: TEnv = loadEnv();
