import { headers } from "next/headers";
import { parseRole, type TRole } from "./roles";
import { auth } from "./server";

export type TCurrentUser = { id: string; name: string; email: string; role: TRole | null };

/** The signed-in user of this page request, or null (the sign-in and setup screens). */
export async function getCurrentUser(): Promise<TCurrentUser | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: parseRole(role) };
}
