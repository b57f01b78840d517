"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { TEndpointView } from "@/lib/endpoints/view";
import { callApi } from "@/components/ui/call-api";
import { ConnectionSection } from "./connection-section";
import {
  createInitialState,
  toFieldErrors,
  toRequestBody,
  withoutErrorsFor,
  type TFieldErrors,
  type TFormState,
} from "./form-state";
import { LimitsSection, PricingSection } from "./pricing-section";
import { TagsSection } from "./tags-section";
import { primaryButton, secondaryButton } from "./styles";

/** Register (no endpoint) or edit (endpoint given) a model endpoint through the JSON API. */
export function EndpointForm({ endpoint }: { endpoint?: TEndpointView }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<TFormState>(() => createInitialState(endpoint));
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const focusFirstError = useRef(false);
  const mode = endpoint ? "edit" : "create";
  const update = (patch: Partial<TFormState>) => {
    setState((current) => ({ ...current, ...patch }));
    setErrors((current) => withoutErrorsFor(current, Object.keys(patch) as (keyof TFormState)[]));
  };

  // After a failed save (not while the user fixes fields), move focus to the first field the server rejected.
  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [errors]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    const url = endpoint ? `/api/endpoints/${endpoint.id}` : "/api/endpoints";
    const result = await callApi<TEndpointView>(url, endpoint ? "PATCH" : "POST", toRequestBody(state, mode));
    if (result.ok) {
      router.push("/models");
      router.refresh();
      return;
    }
    setSaving(false);
    const fieldErrors = toFieldErrors(result.error.details);
    focusFirstError.current = true;
    setErrors(fieldErrors);
    setFormError(fieldErrors.form ?? (Object.keys(fieldErrors).length > 0 ? null : result.error.message));
  }

  const hasFieldErrors = Object.keys(errors).some((path) => path !== "form");
  const banner = hasFieldErrors ? "Please correct the highlighted fields." : formError;

  const sectionProps = { state, update, errors, endpoint };
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      aria-label={endpoint ? `Edit ${endpoint.name}` : "Register a model"}
    >
      {banner ? (
        <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800">
          {banner}
        </div>
      ) : null}
      <ConnectionSection {...sectionProps} />
      <PricingSection {...sectionProps} />
      <LimitsSection {...sectionProps} />
      <TagsSection {...sectionProps} />
      <div className="flex items-center justify-end gap-3">
        <Link href="/models" className={secondaryButton}>
          Cancel
        </Link>
        <button type="submit" className={primaryButton} disabled={saving}>
          {saving ? "Saving…" : endpoint ? "Save changes" : "Register model"}
        </button>
      </div>
    </form>
  );
}
