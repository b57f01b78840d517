import { prisma } from "@/lib/db/prisma";
import { isLocalModelKey } from "@/lib/local-models/access-key";
import { readBearerToken } from "./csrf";
import { parseRole, type TRole } from "./roles";
import { auth } from "./server";

/** Who is calling: a signed-in user (cookie), a user's API token (bearer) or the workers' local-model key. */
export type TPrincipal =
  { kind: "user"; via: "session" | "token"; userId: string; role: TRole | null } | { kind: "local-model-key" };

/** A bearer token, when sent, decides alone: no fallback to the session cookie. */
export type TResolved = {
  principal: TPrincipal | null;
  /** Set-Cookie headers Better Auth wants sent back (a refreshed session). */
  setCookies: string[];
};

export async function resolvePrincipal(headers: Headers): Promise<TResolved> {
  const token = readBearerToken(headers);
  if (token) return { principal: await resolveToken(token), setCookies: [] };
  const { headers: responseHeaders, response } = await auth.api.getSession({ headers, returnHeaders: true });
  const setCookies = responseHeaders.getSetCookie();
  if (!response) return { principal: null, setCookies };
  const role = parseRole(response.user.role);
  return { principal: { kind: "user", via: "session", userId: response.user.id, role }, setCookies };
}

async function resolveToken(token: string): Promise<TPrincipal | null> {
  if (isLocalModelKey(token)) return { kind: "local-model-key" };
  const result = await auth.api.verifyApiKey({ body: { key: token } });
  if (!result.valid || !result.key) return null;
  const user = await prisma.user.findUnique({
    where: { id: result.key.referenceId },
    select: { id: true, role: true, banned: true },
  });
  if (!user || user.banned) return null;
  return { kind: "user", via: "token", userId: user.id, role: parseRole(user.role) };
}
