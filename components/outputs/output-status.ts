/** What one output amounts to, for the status pill: the same categories as the views. */
export type TOutputStatus = "correct" | "wrong" | "invalid" | "error" | "answered";

export function deriveOutputStatus(output: {
  errorKind: string | null;
  valid: boolean | null;
  correct: boolean | null;
}): TOutputStatus {
  if (output.errorKind !== null) return "error";
  if (output.valid === false) return "invalid";
  if (output.correct === true) return "correct";
  if (output.correct === false) return "wrong";
  // Open QA: no label to check, the judge's score says how good it is.
  return "answered";
}

export const STATUS_STYLES: Record<TOutputStatus, { label: string; className: string }> = {
  correct: { label: "Correct", className: "bg-emerald-50 text-emerald-700 ring-emerald-600/20" },
  wrong: { label: "Wrong", className: "bg-rose-50 text-rose-700 ring-rose-600/20" },
  invalid: { label: "Invalid", className: "bg-amber-50 text-amber-800 ring-amber-600/30" },
  error: { label: "Error", className: "bg-slate-100 text-slate-700 ring-slate-500/30" },
  answered: { label: "Answered", className: "bg-sky-50 text-sky-700 ring-sky-600/20" },
};

/** "Showing 51–100 of 4,210" style summary; the position is unknown after a cursor, so only the page size shows. */
export function describePage(shown: number, total: number, paged: boolean, cap = 10_000): string {
  const count =
    total > cap ? `${new Intl.NumberFormat("en-US").format(cap)}+` : new Intl.NumberFormat("en-US").format(total);
  if (total === 0) return "No outputs match.";
  if (!paged)
    return shown === total ? `${count} ${total === 1 ? "output" : "outputs"}` : `First ${shown} of ${count} outputs`;
  return `${shown} more of ${count} outputs`;
}
