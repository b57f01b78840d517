import { randomUUID } from "node:crypto";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { prisma } from "@/lib/db/prisma";
import { readClientAddress } from "./client-address";

/**
 * Sign-in attempts per account, on top of Better Auth's per-address limit (10 a minute, lib/auth/server.ts): many
 * addresses guessing one password get at most MAX_ATTEMPTS per WINDOW_MS between them. The back-off is short on
 * purpose, and an address the account has signed in from before (it has a session row with that address) is never
 * held back by it, so an attacker elsewhere can slow a user down on a new device by seconds but not lock them out.
 */
export const ACCOUNT_LIMIT = { maxAttempts: 5, windowMs: 10_000 } as const;

export const signInAccountLimit = createAuthMiddleware(async (ctx) => {
  // Only HTTP sign-ins: the app's own server-side calls (setup, first admin, tests' fixtures) carry no request.
  if (ctx.path !== "/sign-in/email" || !ctx.request) return;
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string" || email === "") return;
  const account = email.trim().toLowerCase();
  const address = readClientAddress(ctx.request.headers);
  if (address !== null && (await hasSignedInFrom(account, address))) return;
  const retryAfterMs = await consumeAttempt(account, Date.now());
  if (retryAfterMs === null) return;
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  throw new APIError(
    "TOO_MANY_REQUESTS",
    {
      code: "TOO_MANY_ATTEMPTS_FOR_ACCOUNT",
      message: `Too many sign-in attempts for this account: wait ${seconds} s.`,
    },
    { "retry-after": String(seconds) },
  );
});

async function hasSignedInFrom(email: string, address: string): Promise<boolean> {
  const session = await prisma.session.findFirst({
    where: { ipAddress: address, user: { email } },
    select: { id: true },
  });
  return session !== null;
}

/**
 * One fixed window per account in Better Auth's own RateLimit table (shared by every web process), counted in one
 * atomic upsert. `lastRequest` holds the window's start. The key cannot collide with Better Auth's `<ip>|<path>`.
 * Returns null when the attempt may proceed, else how long until the window ends.
 */
async function consumeAttempt(email: string, now: number): Promise<number | null> {
  const key = `sign-in-account|${email}`;
  const windowStart = BigInt(now - ACCOUNT_LIMIT.windowMs);
  const rows = await prisma.$queryRaw<{ count: number; lastRequest: bigint }[]>`
    INSERT INTO "RateLimit" (id, key, count, "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${BigInt(now)})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."lastRequest" <= ${windowStart} THEN 1 ELSE "RateLimit".count + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" <= ${windowStart} THEN ${BigInt(now)}
                      ELSE "RateLimit"."lastRequest" END
    RETURNING count, "lastRequest"`;
  const row = rows[0];
  if (!row || row.count <= ACCOUNT_LIMIT.maxAttempts) return null;
  return Number(row.lastRequest) + ACCOUNT_LIMIT.windowMs - now;
}
