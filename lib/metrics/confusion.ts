/**
 * Confusion matrix of a classification run. `counts[i][j]` is the number of answered samples whose expected label is
 * `labels[i]` and whose valid answer is `labels[j]`; the extra last column `counts[i][labels.length]` counts invalid
 * answers for expected label i. Errored calls are not in the matrix.
 */
export type TConfusion = { labels: readonly string[]; counts: number[][] };

/** One cell as a SQL `GROUP BY expected, predicted` returns it; `predicted` null means an invalid answer. */
export type TConfusionCell = { expected: string; predicted: string | null; count: number };

export function createEmptyConfusion(labels: readonly string[]): TConfusion {
  if (new Set(labels).size !== labels.length) throw new RangeError("labels must be distinct");
  return { labels, counts: labels.map(() => new Array<number>(labels.length + 1).fill(0)) };
}

export function indexLabels(labels: readonly string[]): Map<string, number> {
  return new Map(labels.map((label, index) => [label, index]));
}

export function requireLabelIndex(index: Map<string, number>, label: string, role: string): number {
  const position = index.get(label);
  if (position === undefined) throw new RangeError(`${role} label ${JSON.stringify(label)} is not in the label set`);
  return position;
}

/** Builds a confusion matrix from aggregated cells (e.g. SQL counts). Labels outside the label set throw. */
export function confusionFromCells(labels: readonly string[], cells: readonly TConfusionCell[]): TConfusion {
  const confusion = createEmptyConfusion(labels);
  const index = indexLabels(labels);
  for (const cell of cells) {
    if (!Number.isInteger(cell.count) || cell.count < 0) throw new RangeError(`bad cell count ${cell.count}`);
    const row = requireLabelIndex(index, cell.expected, "expected");
    const column = cell.predicted === null ? labels.length : requireLabelIndex(index, cell.predicted, "predicted");
    (confusion.counts[row] as number[])[column] = ((confusion.counts[row] as number[])[column] as number) + cell.count;
  }
  return confusion;
}

/** Total answered samples in the matrix (including invalid answers). */
export function sumConfusion(confusion: TConfusion): number {
  let total = 0;
  for (const row of confusion.counts) for (const count of row) total += count;
  return total;
}
