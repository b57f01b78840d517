import type { TUploadPreview } from "@/lib/datasets/preview-upload";
import { formatBytes, formatRows } from "@/components/ui/format";

const FORMATS: Partial<Record<TUploadPreview["format"], string>> = {
  jsonl: "JSON lines",
  json: "JSON array",
  parquet: "Parquet",
  yaml: "YAML",
};
const SOURCES: Record<NonNullable<TUploadPreview["importedFrom"]>, string> = {
  "openai-evals": "OpenAI Evals",
  promptfoo: "promptfoo tests",
};
const DELIMITERS: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" };

/** "CSV, comma-separated · 2.6 MB · first 1,843 rows read". */
export function describeFile(
  preview: Pick<TUploadPreview, "format" | "delimiter" | "rowsRead" | "partial" | "importedFrom">,
  bytes: number,
): string {
  const format = `${FORMATS[preview.format] ?? `${preview.format.toUpperCase()}, ${DELIMITERS[preview.delimiter ?? ","] ?? `"${preview.delimiter}"`}-separated`}${preview.importedFrom ? ` (${SOURCES[preview.importedFrom]})` : ""}`;
  const rows = preview.partial ? `first ${formatRows(preview.rowsRead)} read` : formatRows(preview.rowsRead);
  return `${format} · ${formatBytes(bytes)} · ${rows}`;
}
