import { INVALID_PREDICTED, type TOutputLink } from "@/lib/outputs/filters";

const VIEW_NAMES = {
  all: null,
  invalid: "invalid answers",
  wrong: "wrong answers (invalid included)",
  mislabeled: "valid answers with the wrong label",
  errors: "calls that failed",
  correct: "correct answers",
} as const;

/** One line that says what the table holds: "Wrong answers · expected Cardiology · answered Neoplasms". */
export function describeFilters(link: TOutputLink): string {
  const parts: string[] = [];
  const view = VIEW_NAMES[link.view ?? "all"];
  if (view) parts.push(view);
  if (link.expected !== undefined) parts.push(`expected “${link.expected}”`);
  if (link.predicted === INVALID_PREDICTED) parts.push("answered with no label");
  else if (link.predicted !== undefined) parts.push(`answered “${link.predicted}”`);
  if (link.group !== undefined) parts.push(`invalid answers read as “${link.group || "(empty)"}”`);
  if (link.q !== undefined) parts.push(`containing “${link.q}”`);
  if (link.scoreMin !== undefined || link.scoreMax !== undefined) {
    parts.push(`judge score ${link.scoreMin ?? 1}–${link.scoreMax ?? 10}`);
  }
  if (link.confidenceMin !== undefined || link.confidenceMax !== undefined) {
    const percent = (value: number) => `${Math.round(value * 100)}%`;
    parts.push(`confidence ${percent(link.confidenceMin ?? 0)}–${percent(link.confidenceMax ?? 1)}`);
  }
  if (link.sort === "confidence-desc") parts.push("most confident first");
  if (link.sort === "confidence-asc") parts.push("least confident first");
  if (parts.length === 0)
    return "Every answer of this run, in file order. Click a row for the prompt, the raw reply and the judge's view.";
  const text = parts.join(" · ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function FilterSummary({ link }: { link: TOutputLink }) {
  return <p className="mt-1 max-w-3xl text-sm text-slate-600">{describeFilters(link)}</p>;
}
