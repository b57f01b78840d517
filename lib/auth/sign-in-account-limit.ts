import { randomUUID } from "node:crypto";
import { APIError, createAuthMiddleware } from "better-auth/api";
import ipaddr from "ipaddr.js";
import { prisma } from "@/lib/db/prisma";
import { readClientAddress } from "./client-address";

/**
 * Failed sign-ins per account and network, on top of Better Auth's per-address limit (10 a minute, lib/auth/server.ts):
 * the addresses of one network (an IPv4 /24, an IPv6 /64, where an attacker gets many addresses cheaply) guessing one
 * account's password get at most MAX_ATTEMPTS failures per WINDOW_MS between them. Only failures count (an attempt is
 * counted before the password is checked, so parallel guesses cannot slip past, and a success clears its network's
 * count), and the counter is per network: an attacker's failures from elsewhere never hold back a user on their own
 * network or a new one, and an address the account has signed in from before is never held back at all.
 */
export const ACCOUNT_LIMIT = { maxAttempts: 5, windowMs: 10_000 } as const;

type TSignInAttempt = { key: string; address: string | null; account: string };

/** The account and network of an HTTP sign-in; null for anything else, and for the app's own server-side calls. */
function readSignInAttempt(ctx: { path: string; request?: Request; body?: unknown }): TSignInAttempt | null {
  // Only HTTP sign-ins: the app's own server-side calls (setup, first admin, tests' fixtures) carry no request.
  if (ctx.path !== "/sign-in/email" || !ctx.request) return null;
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string" || email === "") return null;
  const account = email.trim().toLowerCase();
  const address = readClientAddress(ctx.request.headers);
  return { key: `sign-in-account|${account}|${networkOf(address)}`, address, account };
}

/** Before the password is checked: counts the attempt, and refuses it once its network used up the window. */
export const signInAccountLimit = createAuthMiddleware(async (ctx) => {
  const attempt = readSignInAttempt(ctx);
  if (attempt === null) return;
  if (attempt.address !== null && (await hasSignedInFrom(attempt.account, attempt.address))) return;
  const retryAfterMs = await consumeAttempt(attempt.key, Date.now());
  if (retryAfterMs === null) return;
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  throw new APIError(
    "TOO_MANY_REQUESTS",
    {
      code: "TOO_MANY_ATTEMPTS_FOR_ACCOUNT",
      message: `Too many failed sign-in attempts for this account from your network: wait ${seconds} s.`,
    },
    { "retry-after": String(seconds) },
  );
});

/** After the sign-in: a success was not a failed attempt, so the network's count for the account starts over. */
export const clearSignInAccountLimit = createAuthMiddleware(async (ctx) => {
  const attempt = readSignInAttempt(ctx);
  if (attempt === null || ctx.context.returned instanceof APIError || !ctx.context.newSession) return;
  await prisma.rateLimit.deleteMany({ where: { key: attempt.key } });
});

/** The /24 (IPv4) or /64 (IPv6) an address belongs to; requests that did not come through the web server share one. */
export function networkOf(address: string | null): string {
  if (address === null) return "unknown";
  const parsed = ipaddr.process(address);
  const bits = parsed.kind() === "ipv4" ? 24 : 64;
  const network =
    parsed.kind() === "ipv4"
      ? ipaddr.IPv4.networkAddressFromCIDR(`${parsed.toString()}/${bits}`)
      : ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/${bits}`);
  return `${network.toString()}/${bits}`;
}

async function hasSignedInFrom(email: string, address: string): Promise<boolean> {
  const session = await prisma.session.findFirst({
    where: { ipAddress: address, user: { email } },
    select: { id: true },
  });
  return session !== null;
}

/**
 * One fixed window per account and network in Better Auth's own RateLimit table (shared by every web process), counted
 * in one atomic upsert. `lastRequest` holds the window's start. The key cannot collide with Better Auth's `<ip>|<path>`.
 * Returns null when the attempt may proceed, else how long until the window ends.
 */
async function consumeAttempt(key: string, now: number): Promise<number | null> {
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
