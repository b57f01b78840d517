import { DatasetInputError } from "../errors";
import type { TDatasetFormat } from "./types";

const FORMAT_BY_EXTENSION: Record<string, TDatasetFormat> = {
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "json",
  parquet: "parquet",
  yaml: "yaml",
  yml: "yaml",
};

/** Formats people try to upload that we cannot read; named so the message can tell them what to do instead. */
const UNSUPPORTED_EXTENSIONS = new Set(["xlsx", "xls", "xlsm", "ods", "numbers", "zip", "xml", "pdf", "docx"]);

/** The format the name promises, ignoring a trailing .gz; null when the name says nothing useful (.txt, none). */
export function formatFromFileName(fileName: string): TDatasetFormat | null {
  const extension = fileExtension(fileName);
  if (extension === null) return null;
  if (UNSUPPORTED_EXTENSIONS.has(extension)) {
    throw new DatasetInputError({
      code: "unsupported_format",
      file: fileName,
      problem: `.${extension} files are not supported; upload CSV, TSV, JSONL, a JSON array (optionally gzipped), Parquet or promptfoo YAML`,
    });
  }
  return FORMAT_BY_EXTENSION[extension] ?? null;
}

function fileExtension(fileName: string): string | null {
  const parts = fileName.toLowerCase().split(".");
  if (parts[parts.length - 1] === "gz") parts.pop();
  if (parts.length < 2) return null;
  return parts[parts.length - 1] ?? null;
}

/**
 * The name decides between delimited text and JSON; within JSON the first non-space character decides between an
 * array and JSON lines, since people name JSONL files ".json" all the time. Without a usable name, `[` means a
 * JSON array, `{` JSON lines and anything else delimited text.
 */
export function detectFormat(fileName: string, firstChar: string): TDatasetFormat {
  const named = formatFromFileName(fileName);
  if (named === "csv" || named === "tsv") return named;
  if (firstChar === "[") return "json";
  if (firstChar === "{") return "jsonl";
  if (named === null) return "csv";
  throw new DatasetInputError({
    code: "invalid_json",
    file: fileName,
    line: 1,
    problem: `invalid JSON: expected '[' (a JSON array) or '{' (JSON lines) but found ${JSON.stringify(firstChar)}`,
  });
}
