import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type TProps = { searchParams: Promise<{ next?: string | string[]; setup?: string }> };

export default async function SignInPage({ searchParams }: TProps) {
  const { next, setup } = await searchParams;
  return (
    <AuthCard
      title="Sign in"
      description={setup ? "Your admin account is ready: sign in with it." : "Accounts are created by an admin."}
    >
      <SignInForm next={toLocalPath(next)} />
    </AuthCard>
  );
}

/** Only a path on this site: `next=https://evil.example` or `//evil.example` must not become an open redirect. */
function toLocalPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
