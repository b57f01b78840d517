import type { TLabelSplitCount } from "@/lib/datasets/ingest";
import { formatPercent } from "@/components/ui/format";

export type TLabelBar = {
  label: string;
  /** The label cut to fit the axis; the full one is in the tooltip. */
  shortLabel: string;
  train: number;
  test: number;
  total: number;
  /** Share of all rows, e.g. "33.0%". */
  share: string;
};

export type TLabelChart = {
  bars: TLabelBar[];
  /** Labels not drawn (beyond `maxBars`), and their rows. */
  hidden: { labels: number; rows: number };
  /** Pixels: one band per bar plus the axis. */
  height: number;
};

const BAR_BAND = 34;
const AXIS_HEIGHT = 40;
const MAX_LABEL_CHARS = 32;

/**
 * What the label distribution chart draws: one bar per label (train and test stacked), most frequent first, ties
 * by name. Counts are real zeros, never gaps: a label with no TEST rows has test = 0. Pure, so it is unit-tested.
 */
export function prepareLabelChart(counts: readonly TLabelSplitCount[], maxBars = 30): TLabelChart {
  const all = counts.reduce((sum, count) => sum + count.train + count.test, 0);
  const sorted = [...counts]
    .map((count) => ({ ...count, total: count.train + count.test }))
    .sort((a, b) => b.total - a.total || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const shown = sorted.slice(0, maxBars);
  const rest = sorted.slice(maxBars);
  return {
    bars: shown.map(({ label, train, test, total }) => ({
      label,
      shortLabel: label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label,
      train,
      test,
      total,
      share: formatPercent(all === 0 ? 0 : total / all),
    })),
    hidden: { labels: rest.length, rows: rest.reduce((sum, bar) => sum + bar.total, 0) },
    height: shown.length * BAR_BAND + AXIS_HEIGHT,
  };
}
