export type TJudgeRatingStatus = "ok" | "missing" | "out_of_range";
export type TParsedJudgeRating = { score: number | null; status: TJudgeRatingStatus };

export const RATING_MIN = 1;
export const RATING_MAX = 10;

// A number in double brackets, spaces allowed inside: `[[7]]`, `[[ 8 ]]`, `[[7.0]]`, `[[-3]]`.
const BRACKETED_NUMBER = /\[\[\s*([+-]?\d+(?:\.\d+)?)\s*\]\]/gu;

/**
 * Reads the judge's FINAL `[[n]]` (MT-Bench style `Rating: [[7]]`). Only the last bracketed number counts, because
 * the judge may quote the answer under review, which can itself contain `Rating: [[10]]`.
 * - `[[7]]`, `[[ 7 ]]`, `[[7.0]]` → 7: an integral value written with a zero fraction is accepted.
 * - `[[0]]`, `[[11]]`, `[[-3]]`, `[[7.5]]` → out_of_range (a number was given, but it is not a grade 1..10).
 * - no bracketed number at all (including `Rating: 8` without brackets: the format is strict) → missing.
 * The score is null unless the status is ok: an unparseable rating is never 0.
 * Text is NFKC-normalised first so full-width brackets and digits (`［［７］］`) read as ASCII.
 */
export function parseJudgeRating(text: string): TParsedJudgeRating {
  const matches = [...text.normalize("NFKC").matchAll(BRACKETED_NUMBER)];
  const last = matches.at(-1);
  if (last === undefined) return { score: null, status: "missing" };
  const value = Number(last[1]);
  if (!Number.isInteger(value) || value < RATING_MIN || value > RATING_MAX)
    return { score: null, status: "out_of_range" };
  return { score: value, status: "ok" };
}
