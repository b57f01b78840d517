import { z } from "zod";
import { DatasetInputError } from "./errors";
import type { TSourceRow } from "./parse/types";
import { getField, setField } from "./parse/fields";

export type TDatasetTask = "CLASSIFICATION" | "OPEN_QA";

const ZColumnName = z.string().trim().min(1, "column name must not be empty");

export const ZColumnMapping = z
  .object({
    input: ZColumnName,
    expected: ZColumnName,
    id: ZColumnName.optional(),
    split: ZColumnName.optional(),
    metadata: z.array(ZColumnName).optional(),
  })
  .refine((mapping) => mapping.input !== mapping.expected, {
    message: "input and expected must be different columns",
    path: ["expected"],
  });

export type TColumnMapping = z.infer<typeof ZColumnMapping>;

export type TSampleSplit = "TRAIN" | "TEST";

/** One row shaped for the Sample table. `index` is the 0-based data row number. */
export type TMappedSample = {
  index: number;
  input: string;
  expected: string;
  externalId: string | null;
  split: TSampleSplit | null;
  metadata: Record<string, string> | null;
};

export type TMapOptions = {
  fileName: string;
  task: TDatasetTask;
  /** The file's columns (`openDataset(...).columns`): mapped columns are checked against them before any row. */
  columns: readonly string[];
};

const SPLIT_ALIASES: Record<string, TSampleSplit> = {
  train: "TRAIN",
  training: "TRAIN",
  test: "TEST",
  testing: "TEST",
  eval: "TEST",
  validation: "TEST",
  dev: "TEST",
};

/** Stop collecting after this many rows with empty required values: enough to see the pattern. */
const MAX_REPORTED_EMPTY = 10;

type TEmptyValue = { row: number; line: number; column: string };

/**
 * Shapes source rows into samples. Input text is kept exactly as written (only an all-whitespace input counts as
 * empty); classification labels are trimmed, since " neoplasms" and "neoplasms" are the same class. Rows with an
 * empty required value are not yielded: they are collected and reported together (`empty_values`, after 10 or at
 * the end), so the caller's transaction must not commit before this generator finishes.
 */
export async function* mapRows(
  rows: AsyncIterable<TSourceRow>,
  mapping: TColumnMapping,
  options: TMapOptions,
): AsyncGenerator<TMappedSample> {
  assertColumnsExist(mapping, options);
  const empty: TEmptyValue[] = [];
  let index = 0;
  for await (const { line, values } of rows) {
    const row = index + 1;
    const input = getField(values, mapping.input);
    const rawExpected = getField(values, mapping.expected);
    const expected = options.task === "CLASSIFICATION" ? rawExpected.trim() : rawExpected;
    if (input.trim() === "") empty.push({ row, line, column: mapping.input });
    if (expected.trim() === "") empty.push({ row, line, column: mapping.expected });
    if (empty.length >= MAX_REPORTED_EMPTY) throw emptyValues(options.fileName, empty, false);
    const split =
      mapping.split === undefined
        ? null
        : parseSplit(getField(values, mapping.split), mapping.split, options.fileName, { row, line });
    const sample: TMappedSample = {
      index,
      input,
      expected,
      externalId: mapping.id === undefined ? null : getField(values, mapping.id).trim() || null,
      split,
      metadata: pickMetadata(values, mapping.metadata),
    };
    index += 1;
    if (empty.length === 0) yield sample;
  }
  if (empty.length > 0) throw emptyValues(options.fileName, empty, true);
}

function assertColumnsExist(mapping: TColumnMapping, options: TMapOptions): void {
  const wanted = [mapping.input, mapping.expected, mapping.id, mapping.split, ...(mapping.metadata ?? [])];
  const available = new Set(options.columns);
  for (const column of wanted) {
    if (column === undefined || available.has(column)) continue;
    throw new DatasetInputError({
      code: "missing_column",
      file: options.fileName,
      column,
      problem: `has no column "${column}"; available columns: ${options.columns.map((name) => `"${name}"`).join(", ")}`,
      details: { available: [...options.columns] },
    });
  }
}

/** Empty means "no split given for this row": the ingest then draws one. Unknown words are refused, not guessed. */
function parseSplit(
  raw: string,
  column: string,
  fileName: string,
  at: { row: number; line: number },
): TSampleSplit | null {
  const value = raw.trim().toLowerCase();
  if (value === "") return null;
  const split = SPLIT_ALIASES[value];
  if (split !== undefined) return split;
  throw new DatasetInputError({
    code: "invalid_split",
    file: fileName,
    ...at,
    column,
    problem: `split value "${raw.trim()}" in column "${column}" is not recognised; use train/training or test/testing/eval/validation/dev`,
    details: { value: raw },
  });
}

function pickMetadata(
  values: Record<string, string>,
  columns: readonly string[] | undefined,
): Record<string, string> | null {
  if (columns === undefined || columns.length === 0) return null;
  const metadata: Record<string, string> = {};
  for (const column of columns) setField(metadata, column, getField(values, column));
  return metadata;
}

function emptyValues(fileName: string, empty: readonly TEmptyValue[], complete: boolean): DatasetInputError {
  const shown = empty.slice(0, MAX_REPORTED_EMPTY);
  const columns = [...new Set(shown.map((item) => item.column))];
  const byColumn = columns.map((column) => {
    const rows = shown.filter((item) => item.column === column).map((item) => item.row);
    return `"${column}" is empty in row${rows.length > 1 ? "s" : ""} ${rows.join(", ")}`;
  });
  const first = shown[0];
  return new DatasetInputError({
    code: "empty_values",
    file: fileName,
    ...(first ? { row: first.row, line: first.line, column: first.column } : {}),
    problem: `required values are missing: ${byColumn.join("; ")}${complete ? "" : " (stopped after the first 10)"}`,
    details: { rows: shown.map(({ row, line, column }) => ({ row, line, column })), complete },
  });
}
