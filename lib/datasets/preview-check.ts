import { isDatasetInputError } from "./errors";
import { createLabelTally, type TDatasetWarning } from "./label-tally";
import type { TLabelCount } from "./labels";
import { mapRows, type TColumnMapping, type TDatasetTask } from "./mapping";
import type { TSourceRow } from "./parse/types";

export type TSplitCounts = { train: number; test: number; unassigned: number };

/** Only in a partial preview: the rows so far share one label (the whole file would be refused for that). */
export type TSingleLabelWarning = { kind: "single_label_so_far"; label: string; rows: number; message: string };

export type TPreviewWarning = TDatasetWarning | TSingleLabelWarning;

export type TPreviewProblem = { code: string; message: string; details?: Record<string, unknown> };

/** What importing these rows with this mapping would give, or the error it would stop at. */
export type TPreviewCheck =
  | {
      ok: true;
      rowsChecked: number;
      labels: TLabelCount[];
      warnings: TPreviewWarning[];
      /** Rows per split value, when a split column is mapped. */
      splits: TSplitCounts | null;
    }
  | { ok: false; error: TPreviewProblem };

/**
 * Runs the ingest's own mapping and label checks over the preview rows. When the rows are only the start of the
 * file, a single label so far is a warning rather than an error: later rows may bring the others.
 */
export async function checkPreviewRows(
  rows: readonly TSourceRow[],
  options: { fileName: string; columns: string[]; mapping: TColumnMapping; task: TDatasetTask; partial: boolean },
): Promise<TPreviewCheck> {
  const { fileName, columns, mapping, task } = options;
  const tally = createLabelTally(task, { fileName, column: mapping.expected });
  const splits: TSplitCounts = { train: 0, test: 0, unassigned: 0 };
  try {
    for await (const sample of mapRows(rowsOf(rows), mapping, { fileName, task, columns })) {
      tally.add(sample);
      if (sample.split === "TRAIN") splits.train += 1;
      else if (sample.split === "TEST") splits.test += 1;
      else splits.unassigned += 1;
    }
    const summary = tally.finish();
    const splitCounts = mapping.split === undefined ? null : splits;
    return {
      ok: true,
      rowsChecked: summary.rowCount,
      labels: summary.labelCounts,
      warnings: summary.warnings,
      splits: splitCounts,
    };
  } catch (error) {
    if (!isDatasetInputError(error)) throw error;
    if (error.code === "single_label" && options.partial) {
      const labels = (error.details?.labels ?? []) as TLabelCount[];
      const rowsChecked = splits.train + splits.test + splits.unassigned;
      const splitCounts = mapping.split === undefined ? null : splits;
      return { ok: true, rowsChecked, labels, warnings: [singleLabelSoFar(labels, rowsChecked)], splits: splitCounts };
    }
    const details = { file: error.file, line: error.line, row: error.row, column: error.column, ...error.details };
    return { ok: false, error: { code: error.code, message: error.message, details } };
  }
}

function singleLabelSoFar(labels: readonly TLabelCount[], rows: number): TSingleLabelWarning {
  const label = labels[0]?.name ?? "";
  return {
    kind: "single_label_so_far",
    label,
    rows,
    message: `all ${rows} rows read so far have the label "${label}"; the import fails unless later rows bring a second label`,
  };
}

async function* rowsOf(rows: readonly TSourceRow[]): AsyncGenerator<TSourceRow> {
  yield* rows;
}
