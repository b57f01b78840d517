import {
  computeMetricsFromConfusion,
  confusionFromCells,
  type TConfusionCell,
  type TInterval,
  wilson,
} from "@/lib/metrics";
import type { TVersionScoreCounts } from "./rescore-sql";

export type TVersionFigures = {
  answered: number;
  excluded: number;
  valid: number;
  correct: number;
  validAccuracy: TInterval;
  accuracy: TInterval;
  macroF1: TInterval;
  /** The second, separately labelled figure: valid accuracy once reviewed aliases name a label for invalid answers. */
  aliasValid: number;
  aliasCorrect: number;
  validAccuracyWithAliases: TInterval;
};

/** Cells whose predicted label is outside the version's labels count as invalid, as on the main leaderboard. */
export function onVersionLabels(labels: readonly string[], cells: readonly TConfusionCell[]): TConfusionCell[] {
  return cells.map(({ expected, predicted, count }) => ({
    expected,
    predicted: predicted !== null && labels.includes(predicted) ? predicted : null,
    count,
  }));
}

/** Valid answers (a label of the version) and correct ones among them. */
export function countValidCorrect(cells: readonly TConfusionCell[]): { valid: number; correct: number } {
  let valid = 0;
  let correct = 0;
  for (const cell of cells) {
    if (cell.predicted === null) continue;
    valid += cell.count;
    if (cell.predicted === cell.expected) correct += cell.count;
  }
  return { valid, correct };
}

/** A run's metrics on a version from its re-scored counts: the raw headline figures, and the alias figure apart. */
export function buildVersionFigures(
  labels: readonly string[],
  score: TVersionScoreCounts,
  options: { bootstrapSamples?: number } = {},
): TVersionFigures {
  const metrics = computeMetricsFromConfusion(
    confusionFromCells(labels, onVersionLabels(labels, score.cells)),
    score.errors,
    { samples: options.bootstrapSamples ?? 1000 },
  );
  const aliased = countValidCorrect(onVersionLabels(labels, score.aliasCells));
  return {
    answered: metrics.answered,
    excluded: score.excluded,
    valid: metrics.validCount,
    correct: metrics.correct,
    validAccuracy: metrics.validAccuracy,
    accuracy: metrics.accuracy,
    macroF1: metrics.macroF1,
    aliasValid: aliased.valid,
    aliasCorrect: aliased.correct,
    validAccuracyWithAliases: wilson(aliased.correct, aliased.valid),
  };
}
