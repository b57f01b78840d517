"use client";

import { useActionState } from "react";
import { createAdmin, type TSetupState } from "@/app/setup/actions";
import { errorBox, hint, input, label, primaryButton } from "@/components/ui/styles";

const initial: TSetupState = { error: null, fields: { name: "", email: "" } };

export function SetupForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, action, pending] = useActionState(createAdmin, initial);
  return (
    <form action={action} className="space-y-4">
      <Field id="name" text="Name" defaultValue={state.fields.name} autoComplete="name" />
      <Field id="email" text="Email" type="email" defaultValue={state.fields.email} autoComplete="username" />
      <Field id="password" text="Password" type="password" autoComplete="new-password" minLength={minPasswordLength}>
        <p className={hint}>At least {minPasswordLength} characters.</p>
      </Field>
      <Field id="confirm" text="Repeat the password" type="password" autoComplete="new-password" />
      {state.error ? (
        <p role="alert" className={errorBox}>
          {state.error}
        </p>
      ) : null}
      <button type="submit" className={`${primaryButton} w-full`} disabled={pending}>
        {pending ? "Creating…" : "Create admin account"}
      </button>
    </form>
  );
}

type TFieldProps = {
  id: string;
  text: string;
  type?: string;
  defaultValue?: string;
  autoComplete: string;
  minLength?: number;
  children?: React.ReactNode;
};

function Field({ id, text, type = "text", defaultValue, autoComplete, minLength, children }: TFieldProps) {
  return (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        required
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        minLength={minLength}
        className={`${input} mt-1`}
      />
      {children}
    </div>
  );
}
