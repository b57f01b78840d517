import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { toLocalPath } from "@/lib/auth/local-path";

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
