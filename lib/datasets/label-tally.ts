import { DatasetInputError } from "./errors";
import { createConflictDetector, summarizeLabels, type TLabelCount, type TLabelWarning } from "./labels";
import type { TDatasetTask, TMappedSample } from "./mapping";
import type { TSplitLeakWarning } from "./split-leaks";

/** An input filed under two labels: shown with the label warnings, since no model can get both rows right. */
export type TConflictWarning = {
  kind: "conflicting_duplicates";
  inputs: number;
  rows: number;
  examples: { rows: [number, number]; labels: [string, string] }[];
  message: string;
};

export type TDatasetWarning = TLabelWarning | TConflictWarning | TSplitLeakWarning;

export type TTallySummary = {
  rowCount: number;
  /** The classification label set, sorted by name; empty for open QA. */
  labels: string[];
  /** Rows per label, most frequent first; empty for open QA. */
  labelCounts: TLabelCount[];
  warnings: TDatasetWarning[];
};

export type TLabelTally = {
  add: (sample: Pick<TMappedSample, "index" | "input" | "expected">) => void;
  /** Throws `single_label` for a classification file whose rows all share one label. */
  finish: () => TTallySummary;
};

/**
 * A label set this large is not a label set (the expected column holds free text), and holding every distinct
 * value of a million-row file in a Map would cost hundreds of MB: refused while streaming.
 */
export const MAX_LABELS = 1_000;

/**
 * Streaming label statistics for one upload: rows per label and conflicting duplicate inputs, in bounded memory.
 * Open QA rows are only counted: reference answers are not labels.
 */
export function createLabelTally(task: TDatasetTask, options: { fileName: string; column?: string }): TLabelTally {
  const counts = new Map<string, number>();
  const conflicts = createConflictDetector();
  const classification = task === "CLASSIFICATION";
  let rowCount = 0;

  const add: TLabelTally["add"] = (sample) => {
    rowCount += 1;
    if (!classification) return;
    const count = counts.get(sample.expected);
    if (count === undefined && counts.size >= MAX_LABELS) throw tooManyLabels(options, sample.index + 1);
    counts.set(sample.expected, (count ?? 0) + 1);
    conflicts.add(sample.input, sample.expected, sample.index + 1);
  };

  const finish = (): TTallySummary => {
    if (!classification || rowCount === 0) return { rowCount, labels: [], labelCounts: [], warnings: [] };
    const summary = summarizeLabels(counts, { fileName: options.fileName });
    const conflict = conflicts.summary();
    const warnings: TDatasetWarning[] = [...summary.warnings];
    if (conflict.conflictingInputs > 0) {
      const first = conflict.examples[0];
      warnings.push({
        kind: "conflicting_duplicates",
        inputs: conflict.conflictingInputs,
        rows: conflict.conflictingRows,
        examples: conflict.examples,
        message:
          `${conflict.conflictingInputs} input${conflict.conflictingInputs === 1 ? " appears" : "s appear"} with ` +
          `different labels (${conflict.conflictingRows} rows)` +
          (first
            ? `, e.g. rows ${first.rows[0]} and ${first.rows[1]} ("${first.labels[0]}" vs "${first.labels[1]}")`
            : ""),
      });
    }
    const labels = summary.labels.map((label) => label.name).sort(compareNames);
    return { rowCount, labels, labelCounts: summary.labels, warnings };
  };

  return { add, finish };
}

/** Code-point order: the same on every machine, unlike localeCompare. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function tooManyLabels(options: { fileName: string; column?: string }, row: number): DatasetInputError {
  return new DatasetInputError({
    code: "invalid_mapping",
    file: options.fileName,
    row,
    ...(options.column === undefined ? {} : { column: options.column }),
    problem: `the expected column has more than ${MAX_LABELS.toLocaleString("en-US")} distinct values, too many for classification labels; choose the open-QA task or another column`,
    details: { maxLabels: MAX_LABELS },
  });
}
