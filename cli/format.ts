/** Plain-text tables and numbers for the terminal (and CI logs): no colours, so logs stay readable. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function formatPercent(value: number | null): string {
  return value === null ? "—" : `${(value * 100).toFixed(1)}%`;
}

/** A difference of proportions in percentage points, signed. */
export function formatPoints(value: number | null): string {
  if (value === null) return "—";
  const points = value * 100;
  return `${points > 0 ? "+" : ""}${points.toFixed(1)} points`;
}

/** A ten-cell bar, "[######----] 60/100 60%": what a terminal redraws in place while a run works. */
export function formatProgressBar(done: number, total: number, width = 24): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${Math.floor(share * 100)}%`;
}
