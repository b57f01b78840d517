import { DatasetInputError } from "../errors";

/**
 * Header cells become column names: trimmed (spreadsheets pad them), blank ones named `column_<n>` so a trailing
 * empty column does not block the upload, and duplicates refused because a row could not hold both values.
 */
export function normalizeHeader(cells: readonly string[], fileName: string): string[] {
  const names = cells.map((cell, index) => cell.trim() || `column_${index + 1}`);
  const firstIndex = new Map<string, number>();
  names.forEach((name, index) => {
    const earlier = firstIndex.get(name);
    if (earlier !== undefined) {
      throw new DatasetInputError({
        code: "duplicate_header",
        file: fileName,
        line: 1,
        column: name,
        problem: `column name "${name}" appears twice in the header (columns ${earlier + 1} and ${index + 1}); rename one of them`,
        details: { columns: names },
      });
    }
    firstIndex.set(name, index);
  });
  return names;
}

/** "text,label,id,split", shortened for wide files so the message stays readable. */
export function describeColumns(columns: readonly string[]): string {
  if (columns.length <= 12) return columns.join(",");
  return `${columns.slice(0, 10).join(",")},… ${columns.length - 10} more`;
}
