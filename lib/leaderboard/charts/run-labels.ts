type TLabelledRow = { runId: string; shots: number; partial: boolean; endpoint: { name: string } };

/**
 * One short, unique axis label per run: the model's name, with the shots when the same model ran several ways and a
 * number when even that repeats. A running run says so, since its bars cover only the answers so far.
 */
export function labelRuns(rows: readonly TLabelledRow[]): Map<string, string> {
  const byName = new Map<string, number>();
  for (const row of rows) byName.set(row.endpoint.name, (byName.get(row.endpoint.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const row of rows) {
    let label = row.endpoint.name;
    if ((byName.get(label) ?? 0) > 1) label += row.shots === 0 ? " · zero-shot" : ` · ${row.shots}-shot`;
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    const unique = count > 1 ? `${label} (#${count})` : label;
    labels.set(row.runId, row.partial ? `${unique} (partial)` : unique);
  }
  return labels;
}
