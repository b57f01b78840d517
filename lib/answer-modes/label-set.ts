/** Longest label a JSON enum or a guided choice is asked to hold: longer ones are not labels but passages. */
export const MAX_LABEL_CHARS = 200;

/**
 * Why a label set cannot be put in a JSON enum or scored token by token, or null when it can: an empty label, a very
 * long one, or two labels that are the same once trimmed.
 */
export function findLabelSetProblem(labels: readonly string[]): string | null {
  if (labels.length < 2) return `A classification needs at least 2 labels; this dataset has ${labels.length}.`;
  const seen = new Map<string, string>();
  for (const label of labels) {
    const trimmed = label.trim();
    if (trimmed === "") return "A label is empty (or only spaces): it cannot be an answer.";
    if (label.length > MAX_LABEL_CHARS)
      return `The label "${label.slice(0, 40)}…" is ${label.length} characters long (at most ${MAX_LABEL_CHARS}).`;
    const twin = seen.get(trimmed);
    if (twin !== undefined) return `The labels "${twin}" and "${label}" are the same once trimmed.`;
    seen.set(trimmed, label);
  }
  return null;
}
