import type { TConfusion } from "./confusion";
import type { TInterval } from "./types";
import { wilson } from "./wilson";

export type TPerClass = {
  label: string;
  /** Answered samples whose expected label is this one (valid or invalid answers). */
  support: number;
  /** Valid answers naming this label. */
  predicted: number;
  truePositives: number;
  /** tp / predicted; 0 when nothing was predicted as this label (sklearn zero_division=0). */
  precision: number;
  /** tp / support; invalid answers count as misses. 0 when support is 0. */
  recall: number;
  /** 2tp / (2tp + fp + fn); 0 when that denominator is 0. */
  f1: number;
  /** Wilson interval of precision; all-null when nothing was predicted as this label. */
  precisionInterval: TInterval;
  /** Wilson interval of recall; all-null when support is 0. */
  recallInterval: TInterval;
  /** Whether the class enters macro-F1 (it has support or was predicted at least once). */
  inMacro: boolean;
};

function countClass(counts: readonly (readonly number[])[], k: number, i: number) {
  const row = counts[i] as readonly number[];
  let support = 0;
  for (const count of row) support += count;
  let predicted = 0;
  for (let r = 0; r < k; r++) predicted += (counts[r] as readonly number[])[i] as number;
  return { support, predicted, truePositives: row[i] as number };
}

/**
 * Precision, recall and F1 per class from a confusion matrix. An invalid answer is a false negative for its expected
 * class and nobody's false positive. Zero divisions give 0, as sklearn's `zero_division=0`.
 */
export function perClassFromConfusion(confusion: TConfusion): TPerClass[] {
  const k = confusion.labels.length;
  return confusion.labels.map((label, i) => {
    const { support, predicted, truePositives } = countClass(confusion.counts, k, i);
    const f1Denominator = support + predicted;
    return {
      label,
      support,
      predicted,
      truePositives,
      precision: predicted === 0 ? 0 : truePositives / predicted,
      recall: support === 0 ? 0 : truePositives / support,
      f1: f1Denominator === 0 ? 0 : (2 * truePositives) / f1Denominator,
      precisionInterval: wilson(truePositives, predicted),
      recallInterval: wilson(truePositives, support),
      inMacro: f1Denominator > 0,
    };
  });
}

/**
 * Macro-F1: the unweighted mean of per-class F1 over classes that have support or were predicted. A label absent from
 * both (e.g. a class missing from a subsample and never predicted) is left out rather than averaged in as 0: sklearn's
 * `f1_score(y_true, y_pred, labels=<the label set>, average="macro", zero_division=np.nan)`, with invalid answers
 * mapped to a token outside `labels`. A class with support or predictions but no true positive scores 0. Null when
 * there are no answered samples.
 */
export function macroF1FromConfusion(confusion: TConfusion): number | null {
  const k = confusion.labels.length;
  let sum = 0;
  let classes = 0;
  for (let i = 0; i < k; i++) {
    const { support, predicted, truePositives } = countClass(confusion.counts, k, i);
    if (support + predicted === 0) continue;
    sum += (2 * truePositives) / (support + predicted);
    classes++;
  }
  return classes === 0 ? null : sum / classes;
}
