// Real accounts in the test database, for tests that need a signed-in caller: a user per role, its session cookie
// (signed in through Better Auth) and a personal API token.
import { randomUUID } from "node:crypto";
import { auth } from "@/lib/auth/server";
import type { TRole } from "@/lib/auth/roles";

export type TTestAccount = {
  userId: string;
  email: string;
  password: string;
  role: TRole;
  cookie: string;
  token: string;
};

export async function createTestAccount(role: TRole): Promise<TTestAccount> {
  const email = `${role}-${randomUUID()}@test.evalboard.local`;
  const password = `pw-${randomUUID()}`;
  const { user } = await auth.api.createUser({ body: { email, password, name: `Test ${role}`, role } });
  const signIn = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = signIn.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const created = await auth.api.createApiKey({ body: { name: `test ${role}`, userId: user.id } });
  return { userId: user.id, email, password, role, cookie, token: created.key };
}

/** The same request sent with this account's API token (the body passes through unread). */
export function withBearer(request: Request, account: TTestAccount): Request {
  const headers = new Headers(request.headers);
  headers.set("authorization", `Bearer ${account.token}`);
  return new Request(request, { headers });
}
