"use server";

import { redirect } from "next/navigation";
import { createFirstAdmin, isSetupOpen, ZNewUser } from "@/lib/auth/first-admin";

export type TSetupState = { error: string | null; fields: { name: string; email: string } };

/** First run only: creates the admin, then sends them to sign in. Refused once any account exists. */
export async function createAdmin(_previous: TSetupState, form: FormData): Promise<TSetupState> {
  const fields = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") };
  if (!(await isSetupOpen())) redirect("/sign-in");
  const parsed = ZNewUser.safeParse({ ...fields, password: form.get("password") });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `${String(issue?.path[0] ?? "form")}: ${issue?.message ?? "invalid"}`, fields };
  }
  if (form.get("password") !== form.get("confirm")) return { error: "The two passwords differ.", fields };
  await createFirstAdmin(parsed.data);
  redirect("/sign-in?setup=done");
}
