export const DATASET_ERROR_CODES = [
  "empty_file",
  "header_only",
  "duplicate_header",
  "ragged_row",
  "unclosed_quote",
  "invalid_quote",
  "invalid_json",
  "too_deep",
  "value_too_large",
  "not_utf8",
  "utf16",
  "binary",
  "too_large",
  "too_many_rows",
  "corrupt_gzip",
  "unsupported_format",
  "invalid_mapping",
  "missing_column",
  "empty_values",
  "invalid_split",
  "single_label",
  "unsupported_shape",
  "invalid_parquet",
  "invalid_yaml",
] as const;

export type TDatasetErrorCode = (typeof DATASET_ERROR_CODES)[number];

/** Where in the file a problem is. `line` is the physical 1-based line; `row` the 1-based data row (header excluded). */
export type TDatasetErrorLocation = { line?: number; row?: number; column?: string };

export type TDatasetErrorInit = TDatasetErrorLocation & {
  code: TDatasetErrorCode;
  file: string;
  /** The sentence after the location, e.g. "expected 4 fields (a,b,c,d) but found 5". */
  problem: string;
  details?: Record<string, unknown>;
};

/**
 * A problem with the uploaded file that the analyst can fix. The message is safe to show: it names the file, the
 * line or row (saying which) and the column, and never includes internal stack or library details beyond the
 * parser's own one-line reason.
 */
export class DatasetInputError extends Error {
  readonly code: TDatasetErrorCode;
  readonly file: string;
  readonly line?: number;
  readonly row?: number;
  readonly column?: string;
  readonly details?: Record<string, unknown>;

  constructor(init: TDatasetErrorInit) {
    super(`${formatLocation(init.file, init)}: ${init.problem}`);
    this.name = "DatasetInputError";
    this.code = init.code;
    this.file = init.file;
    if (init.line !== undefined) this.line = init.line;
    if (init.row !== undefined) this.row = init.row;
    if (init.column !== undefined) this.column = init.column;
    if (init.details !== undefined) this.details = init.details;
  }
}

/** "qa.jsonl, line 3", "medical.csv, row 12 (line 14)", or just the file name when nothing finer is known. */
export function formatLocation(file: string, at: TDatasetErrorLocation): string {
  if (at.row !== undefined && at.line !== undefined) return `${file}, row ${at.row} (line ${at.line})`;
  if (at.row !== undefined) return `${file}, row ${at.row}`;
  if (at.line !== undefined) return `${file}, line ${at.line}`;
  return file;
}

export function isDatasetInputError(error: unknown): error is DatasetInputError {
  return error instanceof DatasetInputError;
}

/** The HTTP status a route should answer with: limits are 413, an unreadable kind of file 415, the rest 422. */
export function statusForDatasetError(code: TDatasetErrorCode): 413 | 415 | 422 {
  if (code === "too_large" || code === "too_many_rows" || code === "value_too_large") return 413;
  if (code === "unsupported_format" || code === "binary") return 415;
  return 422;
}
