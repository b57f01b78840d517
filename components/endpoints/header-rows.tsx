import { useId, useRef } from "react";
import { errorFor, type THeaderRow } from "./form-state";
import type { TSectionProps } from "./section-props";
import { fieldError, hint, input, label, secondaryButton } from "./styles";

/** Extra headers as name/value rows. When editing, stored values stay hidden: the user keeps them or replaces all. */
export function HeaderRows({ state, update, errors, endpoint }: TSectionProps) {
  const labelId = useId();
  const nextId = useRef(1000);
  const setRow = (id: number, patch: Partial<THeaderRow>) =>
    update({ headers: state.headers.map((row) => (row.id === id ? { ...row, ...patch } : row)) });
  const addRow = () => update({ headers: [...state.headers, { id: nextId.current++, name: "", value: "" }] });
  const stored = endpoint?.headerNames ?? [];
  const rowError = (row: THeaderRow) => (row.name.trim() ? errorFor(errors, `headers.${row.name.trim()}`) : undefined);
  // Errors no row can claim (an empty header name, too many headers) are shown under the list.
  const generalError = state.headers.some((row) => rowError(row)) ? undefined : errorFor(errors, "headers");

  if (!state.replaceHeaders) {
    return (
      <div>
        <p className={label}>Extra headers</p>
        <p className="mt-1.5 text-sm text-slate-600">
          {stored.length > 0 ? (
            <>
              Stored:{" "}
              {stored.map((name) => (
                <code key={name} className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                  {name}
                </code>
              ))}{" "}
              (values hidden).
            </>
          ) : (
            "None."
          )}
        </p>
        <button
          type="button"
          className={`${secondaryButton} mt-2 px-3 py-1.5 text-xs`}
          onClick={() =>
            update({
              replaceHeaders: true,
              headers: state.headers.length > 0 ? state.headers : [{ id: nextId.current++, name: "", value: "" }],
            })
          }
        >
          {stored.length > 0 ? "Replace headers" : "Add headers"}
        </button>
      </div>
    );
  }

  return (
    <div>
      <p className={label} id={labelId}>
        Extra headers
      </p>
      <p className={hint}>
        Optional, e.g. OpenAI-Organization.{" "}
        {endpoint ? "Saving replaces all stored headers with these rows." : "Values are encrypted like the key."}
      </p>
      <ul aria-labelledby={labelId} className="mt-2 space-y-2">
        {state.headers.map((row, index) => {
          const error = rowError(row);
          return (
            <li key={row.id}>
              <div className="flex gap-2">
                <input
                  aria-label={`Header ${index + 1} name`}
                  className={input}
                  placeholder="Header name"
                  value={row.name}
                  onChange={(event) => setRow(row.id, { name: event.target.value })}
                  aria-invalid={error ? true : undefined}
                  spellCheck={false}
                  autoComplete="off"
                />
                <input
                  aria-label={`Header ${index + 1} value`}
                  type="password"
                  className={input}
                  placeholder={endpoint && stored.includes(row.name) ? "New value" : "Value"}
                  value={row.value}
                  onChange={(event) => setRow(row.id, { value: event.target.value })}
                  aria-invalid={error ? true : undefined}
                  autoComplete="new-password"
                />
                <button
                  type="button"
                  className={`${secondaryButton} px-3`}
                  aria-label={`Remove header ${index + 1}`}
                  onClick={() => update({ headers: state.headers.filter((other) => other.id !== row.id) })}
                >
                  ✕
                </button>
              </div>
              {error ? <p className={fieldError}>{error}</p> : null}
            </li>
          );
        })}
      </ul>
      {generalError ? <p className={fieldError}>{generalError}</p> : null}
      <div className="mt-2 flex gap-2">
        <button type="button" className={`${secondaryButton} px-3 py-1.5 text-xs`} onClick={addRow}>
          Add header
        </button>
        {endpoint ? (
          <button
            type="button"
            className="px-2 text-xs font-medium text-slate-600 underline hover:text-slate-900"
            onClick={() =>
              update({ replaceHeaders: false, headers: stored.map((name, id) => ({ id, name, value: "" })) })
            }
          >
            Keep stored headers
          </button>
        ) : null}
      </div>
    </div>
  );
}
