import type { TDatasetTask } from "../mapping";
import { getField } from "./fields";

export type TGuessedMapping = {
  input: string | null;
  expected: string | null;
  id: string | null;
  split: string | null;
};

type TRole = keyof TGuessedMapping;

/** Names per role, most telling first. */
const ROLE_NAMES: Record<TRole, readonly string[]> = {
  input: ["text", "input", "question", "prompt", "abstract", "content", "sentence", "query", "document", "body"],
  expected: ["label", "answer", "expected", "target", "category", "class", "reference", "output", "response", "gold"],
  id: ["id", "uid", "uuid", "key"],
  split: ["split", "set", "fold", "partition", "subset"],
};

/** Order in which roles claim columns: the narrow ones first so "question_id" becomes the id, not the input. */
const ROLE_ORDER: readonly TRole[] = ["split", "id", "expected", "input"];

/** Names that mean "pick one of a fixed set" rather than "write an answer". */
const CATEGORICAL_NAMES = new Set(["label", "target", "category", "class", "gold"]);

/**
 * Guesses which column plays which role from the names alone: an exact name (case and punctuation ignored) beats a
 * name that merely contains the word as a token ("condition_label"). Each column serves one role. When no input
 * column is named, the column with the longest values in the preview is the likeliest text.
 */
export function guessMapping(columns: readonly string[], rows: readonly Record<string, string>[]): TGuessedMapping {
  const guess: TGuessedMapping = { input: null, expected: null, id: null, split: null };
  const taken = new Set<string>();
  for (const matchWholeName of [true, false]) {
    for (const role of ROLE_ORDER) {
      if (guess[role] !== null) continue;
      const column = findColumn(columns, ROLE_NAMES[role], taken, matchWholeName);
      if (column === null) continue;
      guess[role] = column;
      taken.add(column);
    }
  }
  guess.input ??= longestColumn(
    columns.filter((column) => !taken.has(column)),
    rows,
  );
  return guess;
}

function findColumn(
  columns: readonly string[],
  names: readonly string[],
  taken: ReadonlySet<string>,
  matchWholeName: boolean,
): string | null {
  for (const name of names) {
    for (const column of columns) {
      if (taken.has(column)) continue;
      const tokens = column
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      const matches = matchWholeName ? tokens.join("") === name : tokens.includes(name);
      if (matches) return column;
    }
  }
  return null;
}

function longestColumn(columns: readonly string[], rows: readonly Record<string, string>[]): string | null {
  let best: string | null = null;
  let bestLength = 0;
  for (const column of columns) {
    let length = 0;
    for (const row of rows) length += getField(row, column).length;
    if (length > bestLength) {
      best = column;
      bestLength = length;
    }
  }
  return best;
}

/**
 * CLASSIFICATION when the expected values look like categories: all short, and either repeating (at most half as
 * many distinct values as rows) or, in a preview too small to show repeats, under a label-like column name.
 * Anything else, or no expected column at all, is OPEN_QA.
 */
export function guessTask(expected: string | null, rows: readonly Record<string, string>[]): TDatasetTask {
  if (expected === null) return "OPEN_QA";
  const values = rows.map((row) => getField(row, expected).trim()).filter((value) => value !== "");
  if (values.length === 0) return "OPEN_QA";
  const short = values.every((value) => value.length <= 40 && value.split(/\s+/).length <= 4);
  if (!short) return "OPEN_QA";
  if (new Set(values).size <= Math.ceil(values.length / 2)) return "CLASSIFICATION";
  const nameTokens = expected.toLowerCase().split(/[^a-z0-9]+/);
  return nameTokens.some((token) => CATEGORICAL_NAMES.has(token)) ? "CLASSIFICATION" : "OPEN_QA";
}
