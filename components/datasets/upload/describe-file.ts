import type { TUploadPreview } from "@/lib/datasets/preview-upload";
import { formatBytes, formatRows } from "@/components/ui/format";

const DELIMITERS: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" };

/** "CSV, comma-separated · 2.6 MB · first 1,843 rows read". */
export function describeFile(
  preview: Pick<TUploadPreview, "format" | "delimiter" | "rowsRead" | "partial">,
  bytes: number,
): string {
  const format =
    preview.format === "jsonl"
      ? "JSON lines"
      : preview.format === "json"
        ? "JSON array"
        : `${preview.format.toUpperCase()}, ${DELIMITERS[preview.delimiter ?? ","] ?? `"${preview.delimiter}"`}-separated`;
  const rows = preview.partial ? `first ${formatRows(preview.rowsRead)} read` : formatRows(preview.rowsRead);
  return `${format} · ${formatBytes(bytes)} · ${rows}`;
}
