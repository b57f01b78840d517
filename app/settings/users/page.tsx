import type { Metadata } from "next";
import { headers } from "next/headers";
import { SessionRequired } from "@/components/auth/session-required";
import { UserAdmin, type TUserRow } from "@/components/auth/user-admin";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { parseRole } from "@/lib/auth/roles";
import { auth, MIN_PASSWORD_LENGTH } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Users" };

/** Admins only (lib/auth/policy.ts); Better Auth checks the admin role again on every change. */
const description =
  "Viewers read everything; analysts also upload datasets and start runs and judgings; admins also manage model endpoints, their keys and users.";

export default async function UsersPage() {
  const me = await getCurrentUser();
  if (!me) {
    return (
      <>
        <PageHeader title="Users" description={description} />
        <SessionRequired what="Users" />
      </>
    );
  }
  const { users } = await auth.api.listUsers({
    headers: await headers(),
    query: { limit: 1000, sortBy: "createdAt", sortDirection: "asc" },
  });
  const rows: TUserRow[] = users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    role: parseRole(user.role),
    createdAt: new Date(user.createdAt).toISOString(),
  }));
  return (
    <>
      <PageHeader title="Users" description={description} />
      <UserAdmin users={rows} currentUserId={me.id} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
