import type { TConfusion } from "@/lib/metrics";

export type TCellKind = "correct" | "wrong" | "invalid";

export type THeatCell = {
  count: number;
  /** count / row total; null when the row is empty (nothing to compare against). */
  share: number | null;
  kind: TCellKind;
  /** CSS background; transparent for an empty cell. */
  background: string;
  /** Dark background: the cell needs light text. */
  dark: boolean;
};

export type THeatRow = { label: string; total: number; cells: THeatCell[] };

export type THeatmap = {
  /** Column headers: the labels, then "invalid". */
  columns: string[];
  rows: THeatRow[];
  columnTotals: number[];
};

export const INVALID_COLUMN = "invalid";

// Tailwind's emerald-600, rose-500 and amber-500, as RGB triples for an alpha scale.
const colours: Record<TCellKind, string> = {
  correct: "5 150 105",
  wrong: "244 63 94",
  invalid: "245 158 11",
};

/** Lightest shade a non-empty cell gets, so a single count is still visible; the strongest is reached at 100%. */
const MIN_ALPHA = 0.08;
const MAX_ALPHA = 0.85;
/** Above this alpha the colour is too dark for slate text. */
const DARK_FROM = 0.5;

export function computeCellAlpha(share: number | null): number {
  if (share === null || share <= 0) return 0;
  return MIN_ALPHA + (MAX_ALPHA - MIN_ALPHA) * Math.min(1, share);
}

/**
 * A confusion matrix prepared for an HTML heatmap: rows are expected labels, columns predicted labels plus "invalid".
 * Intensity follows the share of the row, so a small class reads as clearly as a big one.
 */
export function prepareHeatmap(confusion: TConfusion): THeatmap {
  const k = confusion.labels.length;
  const columnTotals = new Array<number>(k + 1).fill(0);
  const rows = confusion.labels.map((label, i) => {
    const counts = confusion.counts[i] ?? [];
    const total = counts.reduce((sum, count) => sum + count, 0);
    const cells = Array.from({ length: k + 1 }, (_, j) => {
      const count = counts[j] ?? 0;
      columnTotals[j] = (columnTotals[j] ?? 0) + count;
      const kind: TCellKind = j === k ? "invalid" : j === i ? "correct" : "wrong";
      const share = total === 0 ? null : count / total;
      const alpha = computeCellAlpha(share);
      return {
        count,
        share,
        kind,
        background: alpha === 0 ? "transparent" : `rgb(${colours[kind]} / ${alpha.toFixed(3)})`,
        dark: alpha >= DARK_FROM,
      };
    });
    return { label, total, cells };
  });
  return { columns: [...confusion.labels, INVALID_COLUMN], rows, columnTotals };
}
