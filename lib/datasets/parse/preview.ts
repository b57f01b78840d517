import { guessMapping, guessTask, type TGuessedMapping } from "./guess-mapping";
import { openDataset } from "./open-dataset";
import type { TByteSource, TDatasetFormat, TReadOptions } from "./types";
import type { TDatasetTask } from "../mapping";

export const PREVIEW_ROWS = 20;

export type TPreview = {
  format: TDatasetFormat;
  delimiter: string | null;
  columns: string[];
  /** The first rows (at most PREVIEW_ROWS), as read: no mapping applied. */
  rows: Record<string, string>[];
  guessedMapping: TGuessedMapping;
  guessedTask: TDatasetTask;
};

/**
 * What the upload form shows before ingesting: reads only the start of the file, then releases the stream. The same
 * checks as a full read apply to what it reads, so a broken header or a binary file fails here already.
 */
export async function readPreview(input: TByteSource, options: TReadOptions): Promise<TPreview> {
  const dataset = await openDataset(input, options);
  const rows: Record<string, string>[] = [];
  for await (const row of dataset.rows) {
    rows.push(row.values);
    if (rows.length >= PREVIEW_ROWS) break;
  }
  const columns = withLaterKeys(dataset.columns, rows);
  const guessedMapping = guessMapping(columns, rows);
  return {
    format: dataset.format,
    delimiter: dataset.delimiter,
    columns,
    rows,
    guessedMapping,
    guessedTask: guessTask(guessedMapping.expected, rows),
  };
}

/** JSON objects may differ in keys; the preview lists every key it saw, in first-seen order. */
function withLaterKeys(columns: readonly string[], rows: readonly Record<string, string>[]): string[] {
  const all = new Set(columns);
  for (const row of rows) for (const key of Object.keys(row)) all.add(key);
  return [...all];
}
