import { z } from "zod";
import { pool } from "@/lib/db/pool";
import { watchClient } from "@/lib/db/watch-client";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { auth, MIN_PASSWORD_LENGTH } from "./server";

export const ZNewUser = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100),
  email: z.email("Enter an email address").transform((email) => email.toLowerCase()),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(128),
});
export type TNewUser = z.infer<typeof ZNewUser>;

// Any constant: serialises "is this the first account?" across web processes.
const FIRST_ADMIN_LOCK = 0x65766230;

export async function hasAnyUser(): Promise<boolean> {
  return (await prisma.user.findFirst({ select: { id: true } })) !== null;
}

/** The one-time setup screen is offered only to an empty install that has no admin in its environment. */
export async function isSetupOpen(): Promise<boolean> {
  return !env.EVALBOARD_ADMIN_EMAIL && !(await hasAnyUser());
}

/**
 * Creates the admin iff no account exists yet. A Postgres advisory lock makes "check, then create" atomic, so two
 * people racing through the setup screen (or two web processes bootstrapping from env) get one admin between them.
 */
export async function createFirstAdmin(input: TNewUser): Promise<"created" | "exists"> {
  const client = await pool.connect();
  const watched = watchClient(client, "first admin");
  try {
    await client.query("SELECT pg_advisory_lock($1)", [FIRST_ADMIN_LOCK]);
    if (await hasAnyUser()) return "exists";
    await auth.api.createUser({ body: { ...input, role: "admin" } });
    return "created";
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [FIRST_ADMIN_LOCK]).catch(() => undefined);
    watched.release();
  }
}

let bootstrapped: Promise<void> | null = null;

/**
 * First run with EVALBOARD_ADMIN_EMAIL/PASSWORD: create that admin once per process (the lock makes it once per
 * install). An existing account is left as it is: its password may have been changed since.
 */
export function ensureAdminFromEnv(): Promise<void> {
  const { EVALBOARD_ADMIN_EMAIL: email, EVALBOARD_ADMIN_PASSWORD: password } = env;
  if (!email || !password) return Promise.resolve();
  bootstrapped ??= createFirstAdmin({ name: "Admin", email: email.toLowerCase(), password })
    .then(() => undefined)
    .catch((error: unknown) => {
      bootstrapped = null;
      throw error;
    });
  return bootstrapped;
}
