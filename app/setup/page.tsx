import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { isSetupOpen } from "@/lib/auth/first-admin";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Set up" };

/** Shown once: an install with no account and no EVALBOARD_ADMIN_EMAIL in its environment. */
export default async function SetupPage() {
  if (!(await isSetupOpen())) redirect("/sign-in");
  return (
    <AuthCard title="Create the admin account" description="Evalboard has no accounts yet. The first one is an admin.">
      <SetupForm minPasswordLength={MIN_PASSWORD_LENGTH} />
    </AuthCard>
  );
}
