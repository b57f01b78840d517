import type { TConfusion } from "@/lib/metrics";

export type TCellKind = "correct" | "wrong" | "invalid";

export type THeatCell = {
  count: number;
  /** count / row total; null when the row is empty (nothing to compare against). */
  share: number | null;
  kind: TCellKind;
  /** CSS background; transparent for an empty cell. */
  background: string;
  /** Dark enough for white text at WCAG AA (4.5:1); a lighter cell takes black text, which then passes. */
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

// Tailwind's emerald-700, rose-700 and amber-600, as RGB triples for an alpha scale over the white card.
const colours: Record<TCellKind, [number, number, number]> = {
  correct: [4, 120, 87],
  wrong: [190, 18, 60],
  invalid: [217, 119, 6],
};

/** Lightest shade a non-empty cell gets, so a single count is still visible; the strongest is reached at 100%. */
const MIN_ALPHA = 0.08;
const MAX_ALPHA = 1;
const AA_CONTRAST = 4.5;

/** WCAG relative luminance of `rgb` drawn at `alpha` over white. */
function blendedLuminance(rgb: [number, number, number], alpha: number): number {
  const [r, g, b] = rgb.map((channel) => {
    const value = (255 - alpha * (255 - channel)) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

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
        background: alpha === 0 ? "transparent" : `rgb(${colours[kind].join(" ")} / ${alpha.toFixed(3)})`,
        dark: alpha > 0 && 1.05 / (blendedLuminance(colours[kind], alpha) + 0.05) >= AA_CONTRAST,
      };
    });
    return { label, total, cells };
  });
  return { columns: [...confusion.labels, INVALID_COLUMN], rows, columnTotals };
}
