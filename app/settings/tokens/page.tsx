import type { Metadata } from "next";
import { headers } from "next/headers";
import { SessionRequired } from "@/components/auth/session-required";
import { TokenManager, type TTokenRow } from "@/components/auth/token-manager";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { auth } from "@/lib/auth/server";

export const metadata: Metadata = { title: "API tokens" };

const description =
  "Personal tokens for scripts and CI. A token acts as you, with your role: send it as Authorization: Bearer <token>. It is shown once; Evalboard keeps only a hash.";

export default async function TokensPage() {
  if (!(await getCurrentUser())) {
    return (
      <>
        <PageHeader title="API tokens" description={description} />
        <SessionRequired what="API tokens" />
      </>
    );
  }
  const { apiKeys } = await auth.api.listApiKeys({ headers: await headers(), query: {} });
  const tokens: TTokenRow[] = apiKeys
    .map((key) => ({
      id: key.id,
      name: key.name ?? "(unnamed)",
      start: key.start ?? "",
      createdAt: new Date(key.createdAt).toISOString(),
      lastUsedAt: key.lastRequest ? new Date(key.lastRequest).toISOString() : null,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <PageHeader title="API tokens" description={description} />
      <TokenManager tokens={tokens} />
    </>
  );
}
