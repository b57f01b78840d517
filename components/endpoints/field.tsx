import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { fieldError, hint as hintClass, input, label as labelClass } from "./styles";

type TFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value"> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown inside the field's right edge, e.g. a unit. */
  suffix?: string;
  /** Controls on the label's line, e.g. preset buttons. */
  aside?: ReactNode;
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function Field({ label, value, onValueChange, hint, error, suffix, aside, className, ...rest }: TFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className={labelClass}>
          {label}
        </label>
        {aside}
      </div>
      <div className="relative mt-1.5">
        <input
          id={id}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${input} ${suffix ? "pr-16" : ""}`}
          {...rest}
        />
        {suffix ? (
          <span
            aria-hidden
            className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-xs text-slate-500"
          >
            {suffix}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
