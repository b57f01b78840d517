import type { TShot } from "./prompt";

/** Extra TRAIN examples drawn past k, so a query whose own text is among the first k still gets k others. */
export const SHOT_SPARES = 8;

/** Two texts are the same input after trimming and case-folding (the leakage-safe split's rule too). */
export function normalizeInputText(text: string): string {
  return text.trim().toLowerCase();
}

/** The k examples for one query, in draw order, never the query's own text (a duplicate in TRAIN would give it away). */
export function pickShotsFor(candidates: readonly TShot[], shots: number, input: string): TShot[] {
  const own = normalizeInputText(input);
  return candidates.filter((candidate) => normalizeInputText(candidate.input) !== own).slice(0, shots);
}
