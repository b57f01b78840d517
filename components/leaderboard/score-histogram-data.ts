import { computeShareAxis, prepareGradeBars, type THistogramBar } from "@/components/judgings/grade-histogram-data";
import type { TQaJudgingRow } from "@/lib/leaderboard/qa-types";
import { labelJudgingRow } from "./qa-sort-values";

export type THistogramPanel = { key: string; title: string; judge: string; graded: number; bars: THistogramBar[] };

export type TScoreHistograms = {
  panels: THistogramPanel[];
  /** One y-axis for every panel (the largest share, rounded up to 10%), so the panels compare at a glance. */
  axis: { yMax: number; yTicks: number[] };
};

/**
 * One panel per judging row: the distribution of its parsed grades 1..10 as shares, so rows graded on different
 * numbers of samples compare directly.
 */
export function prepareScoreHistograms(rows: readonly TQaJudgingRow[]): TScoreHistograms {
  const panels = rows.map((row) => ({
    key: row.judgingId,
    title: labelJudgingRow(row),
    judge: row.judge.name,
    graded: row.graded,
    bars: prepareGradeBars(row.histogram),
  }));
  return { panels, axis: computeShareAxis(panels.flatMap((panel) => panel.bars)) };
}
