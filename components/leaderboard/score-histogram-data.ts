import type { TQaJudgingRow } from "@/lib/leaderboard/qa-types";
import { labelJudgingRow } from "./qa-sort-values";

export type THistogramBar = {
  score: number;
  count: number;
  /** Share of the row's parsed grades; null (a gap, not a zero bar) when the row has no parsed grade yet. */
  share: number | null;
};

export type THistogramPanel = { key: string; title: string; judge: string; graded: number; bars: THistogramBar[] };

export type TScoreHistograms = {
  panels: THistogramPanel[];
  /** One y-axis top for every panel (the largest share, rounded up to 10%), so the panels compare at a glance. */
  yMax: number;
  /** 0, half and the top: whole percentages for every top a multiple of 10%. */
  yTicks: number[];
};

/**
 * One panel per judging row: the distribution of its parsed grades 1..10 as shares, so rows graded on different
 * numbers of samples compare directly. Unparseable grades are not a score, so they are not drawn.
 */
export function prepareScoreHistograms(rows: readonly TQaJudgingRow[]): TScoreHistograms {
  const panels = rows.map((row) => ({
    key: row.judgingId,
    title: labelJudgingRow(row),
    judge: row.judge.name,
    graded: row.graded,
    bars: row.histogram.map(({ score, count }) => ({
      score,
      count,
      share: row.graded === 0 ? null : count / row.graded,
    })),
  }));
  // A hair of tolerance, so a share of exactly 30% never rounds up to 40% through floating-point error.
  const largest = Math.max(0, ...panels.flatMap((panel) => panel.bars.map((bar) => bar.share ?? 0)));
  const yMax = largest === 0 ? 1 : Math.min(1, Math.ceil(largest * 10 - 1e-9) / 10);
  return { panels, yMax, yTicks: [0, yMax / 2, yMax] };
}
