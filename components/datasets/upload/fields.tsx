import { useId, type ReactNode } from "react";
import { hint as hintClass, input, label as labelClass, select } from "../styles";

type TFieldShell = { label: string; hint?: ReactNode; error?: string | undefined; className?: string };

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-rose-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled select whose hint and error are announced with it. `""` is the "none" option when `noneLabel` is set. */
export function SelectField({
  label,
  hint,
  error,
  className,
  value,
  options,
  noneLabel,
  onValueChange,
}: TFieldShell & {
  value: string;
  options: string[];
  noneLabel?: string;
  onValueChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${select} mt-1.5`}
      >
        {noneLabel !== undefined ? <option value="">{noneLabel}</option> : null}
        {noneLabel === undefined && value === "" ? <option value="">Choose a column…</option> : null}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  className,
  value,
  onValueChange,
  inputMode,
  suffix,
}: TFieldShell & {
  value: string;
  onValueChange: (value: string) => void;
  inputMode?: "numeric" | "decimal" | "text";
  suffix?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <div className="relative mt-1.5">
        <input
          id={id}
          value={value}
          inputMode={inputMode}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={`${input} ${suffix ? "pr-10" : ""}`}
        />
        {suffix ? (
          <span
            aria-hidden
            className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-slate-500"
          >
            {suffix}
          </span>
        ) : null}
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
