import "server-only";
import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { v7 as uuidv7 } from "uuid";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { accessControl, authRoles } from "./access-control";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { ownRoleGuard } from "./own-role-guard";
import { clearSignInAccountLimit, signInAccountLimit } from "./sign-in-account-limit";
import { resolveAuthSecret } from "./secret";

export const API_TOKEN_PREFIX = "evb_";
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Better Auth: email + password accounts (scrypt, memory-hard), sessions in http-only SameSite=Lax cookies, roles
 * (admin plugin), personal API tokens (API-key plugin: only a SHA-256 of each token is stored) and rate-limited
 * sign-in. Routes are served by app/api/auth/[...all]; who may call what else is lib/auth/policy.ts.
 */
export const auth = betterAuth({
  appName: "Evalboard",
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  secret: resolveAuthSecret(env),
  // Unset: the origin comes from each request (http://127.0.0.1:3000 and http://localhost:3000 both work).
  ...(env.EVALBOARD_BASE_URL ? { baseURL: env.EVALBOARD_BASE_URL } : {}),
  // Better Auth refuses cookie-carrying POSTs from other origins. Next reports 127.0.0.1 as localhost in request
  // URLs, so "same origin" is judged on the Host header the browser sent (and EVALBOARD_BASE_URL when set).
  trustedOrigins: (request) => [env.EVALBOARD_BASE_URL, readRequestOrigin(request)],
  emailAndPassword: {
    enabled: true,
    // Accounts are created by an admin (Settings → Users), by the first-run setup or from the environment.
    disableSignUp: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: 128,
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      await ownRoleGuard(ctx);
      await signInAccountLimit(ctx);
    }),
    after: createAuthMiddleware(async (ctx) => {
      await clearSignInAccountLimit(ctx);
    }),
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  rateLimit: {
    // On in every environment (Better Auth's default is production only), shared by every web process.
    enabled: true,
    storage: "database",
    window: 60,
    max: 300,
    // Per client address; lib/auth/sign-in-account-limit.ts adds a limit on failures per account and network.
    customRules: { "/sign-in/email": { window: 60, max: 10 } },
  },
  advanced: {
    // Secure cookies need https; over plain http (localhost) browsers would drop them.
    useSecureCookies: env.EVALBOARD_BASE_URL?.startsWith("https://") ?? false,
    cookiePrefix: "evalboard",
    // The address web/server.ts took from the socket (or from a trusted proxy's X-Forwarded-For), never a header
    // the client wrote. Without it (next dev, tests) Better Auth uses 127.0.0.1 outside production.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    // Better Auth skips its origin check when NODE_ENV=test; the tests must see what production does.
    disableOriginCheck: false,
    database: { generateId: () => uuidv7() },
  },
  telemetry: { enabled: false },
  logger: {
    level: env.LOG_LEVEL,
    log: (level, message, ...args) => {
      // An unknown or revoked token is an expected 401 (see proxy.ts), not a server error worth a stack trace.
      if (message.startsWith("Failed to validate API key")) return;
      // Deliberate when EVALBOARD_BASE_URL is unset (see trustedOrigins above).
      if (message.includes("Base URL is not set")) return;
      console[level](`[auth] ${message}`, ...args);
    },
  },
  plugins: [
    admin({ ac: accessControl, roles: authRoles, defaultRole: "viewer", adminRoles: ["admin"] }),
    apiKey({
      defaultPrefix: API_TOKEN_PREFIX,
      requireName: true,
      maximumNameLength: 64,
      // Tokens are for scripts and CI: no per-token quota (the plugin's default is 10 requests a day).
      rateLimit: { enabled: false },
      // A token authenticates API calls (see proxy.ts); it cannot open a session or mint more tokens.
      enableSessionForAPIKeys: false,
      schema: { apikey: { modelName: "apiToken" } },
    }),
    // Last: lets server actions set the session cookie.
    nextCookies(),
  ],
});

function readRequestOrigin(request: Request | undefined): string | null {
  const host = request?.headers.get("host");
  if (!request || !host) return null;
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}

export type TAuthSession = typeof auth.$Infer.Session;
