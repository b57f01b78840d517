"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorBox, input, label, primaryButton } from "@/components/ui/styles";
import { authClient, describeAuthError } from "@/lib/auth/client";

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  // onSubmit, not a form action: React resets a form after its action, and a failed attempt should keep the email.
  async function signIn(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError("");
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get("email")),
      password: String(form.get("password")),
    });
    if (failure) {
      setPending(false);
      setError(failure.status === 401 ? "Wrong email or password." : describeAuthError(failure));
      return;
    }
    router.replace(next);
    router.refresh();
  }

  return (
    <form onSubmit={signIn} className="space-y-4">
      <div>
        <label htmlFor="email" className={label}>
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={`${input} mt-1`} />
      </div>
      <div>
        <label htmlFor="password" className={label}>
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={`${input} mt-1`}
        />
      </div>
      {error ? (
        <p role="alert" data-testid="sign-in-error" className={errorBox}>
          {error}
        </p>
      ) : null}
      <button type="submit" className={`${primaryButton} w-full`} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
