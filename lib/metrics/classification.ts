import { createEmptyConfusion, indexLabels, requireLabelIndex, type TConfusion } from "./confusion";
import { bootstrapMacroF1 } from "./macro-f1-bootstrap";
import { macroF1FromConfusion, perClassFromConfusion, type TPerClass } from "./per-class";
import type { TBootstrapOptions, TInterval } from "./types";
import { wilson } from "./wilson";

export type TClassificationRow = { expected: string; predicted: string | null; valid: boolean; error: boolean };

export type TClassificationRates = {
  /** valid / answered */
  validRate: TInterval;
  /** correct / valid */
  validAccuracy: TInterval;
  /** correct / answered: an invalid answer counts as wrong */
  accuracy: TInterval;
};

export type TClassificationMetrics = TClassificationRates & {
  total: number;
  /** Rows whose call did not fail (errors are reported apart, never as invalid answers). */
  answered: number;
  errors: number;
  /** errors / total */
  errorRate: TInterval;
  validCount: number;
  invalidCount: number;
  correct: number;
  /** Macro-F1 with a seeded percentile bootstrap interval over answered samples. */
  macroF1: TInterval;
  perClass: TPerClass[];
  confusion: TConfusion;
};

/** The three headline rates with Wilson intervals, from counts (e.g. produced in SQL). */
export function classificationRatesFromCounts(counts: {
  answered: number;
  valid: number;
  correct: number;
}): TClassificationRates {
  return {
    validRate: wilson(counts.valid, counts.answered),
    validAccuracy: wilson(counts.correct, counts.valid),
    accuracy: wilson(counts.correct, counts.answered),
  };
}

/** Confusion matrix of the answered rows; an invalid row goes to the "invalid" column whatever its `predicted`. */
export function buildConfusion(rows: readonly TClassificationRow[], labels: readonly string[]): TConfusion {
  const confusion = createEmptyConfusion(labels);
  const index = indexLabels(labels);
  for (const row of rows) {
    if (row.error) continue;
    const expected = requireLabelIndex(index, row.expected, "expected");
    let column = labels.length;
    if (row.valid) {
      if (row.predicted === null) throw new RangeError("a valid row must have a predicted label");
      column = requireLabelIndex(index, row.predicted, "predicted");
    }
    const counts = confusion.counts[expected] as number[];
    counts[column] = (counts[column] as number) + 1;
  }
  return confusion;
}

/** Correct = diagonal; valid = everything but the invalid column; answered = everything. */
export function countConfusion(confusion: TConfusion): { answered: number; valid: number; correct: number } {
  const k = confusion.labels.length;
  let answered = 0;
  let valid = 0;
  let correct = 0;
  confusion.counts.forEach((row, i) => {
    row.forEach((count, j) => {
      answered += count;
      if (j < k) valid += count;
      if (j === i) correct += count;
    });
  });
  return { answered, valid, correct };
}

/** All metrics for a classification run, from a confusion matrix plus the error count (the SQL path). */
export function computeMetricsFromConfusion(
  confusion: TConfusion,
  errors: number,
  options: TBootstrapOptions = {},
): TClassificationMetrics {
  const counts = countConfusion(confusion);
  const bounds = bootstrapMacroF1(confusion, options);
  return {
    total: counts.answered + errors,
    answered: counts.answered,
    errors,
    errorRate: wilson(errors, counts.answered + errors),
    validCount: counts.valid,
    invalidCount: counts.answered - counts.valid,
    correct: counts.correct,
    ...classificationRatesFromCounts(counts),
    macroF1: { estimate: macroF1FromConfusion(confusion), ...bounds },
    perClass: perClassFromConfusion(confusion),
    confusion,
  };
}

/** All metrics for one classification run from its output rows. */
export function computeClassificationMetrics(
  rows: readonly TClassificationRow[],
  labels: readonly string[],
  options: TBootstrapOptions = {},
): TClassificationMetrics {
  const errors = rows.filter((row) => row.error).length;
  return computeMetricsFromConfusion(buildConfusion(rows, labels), errors, options);
}
