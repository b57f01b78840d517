import type { TColumnMapping } from "./mapping";
import { guessMapping } from "./parse";
import { getField } from "./parse/fields";

/** What the upload form starts from: a role per column where one can be guessed, null where the analyst must pick. */
export type TSuggestedMapping = {
  input: string | null;
  expected: string | null;
  id: string | null;
  split: string | null;
};

/**
 * The column-name guess, except that a split column is only suggested when the rows read hold at least two
 * different values: a column that says "test" on every row (a sample cut from a benchmark's test split) would
 * leave no TRAIN rows, and k-shot runs draw their examples from TRAIN.
 */
export function suggestMapping(columns: readonly string[], rows: readonly Record<string, string>[]): TSuggestedMapping {
  const guess = guessMapping(columns, rows);
  const split = guess.split !== null && countDistinct(rows, guess.split) >= 2 ? guess.split : null;
  return { ...guess, split };
}

/** The suggestion as a mapping the server accepts, or null while the input or expected column is unknown. */
export function toColumnMapping(suggested: TSuggestedMapping): TColumnMapping | null {
  if (suggested.input === null || suggested.expected === null || suggested.input === suggested.expected) return null;
  return {
    input: suggested.input,
    expected: suggested.expected,
    ...(suggested.id === null ? {} : { id: suggested.id }),
    ...(suggested.split === null ? {} : { split: suggested.split }),
  };
}

function countDistinct(rows: readonly Record<string, string>[], column: string): number {
  const values = new Set<string>();
  for (const row of rows) {
    const value = getField(row, column).trim().toLowerCase();
    if (value !== "") values.add(value);
  }
  return values.size;
}
