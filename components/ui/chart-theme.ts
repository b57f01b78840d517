/**
 * The one source of the charts' axis, frame and colour props (Tailwind's palette as hex, for SVG): every Recharts
 * chart in the app takes its ticks, grid, axis line, hover band and series colours from here.
 */
export const tick = { fill: "#475569", fontSize: 12 };
export const smallTick = { ...tick, fontSize: 11 };
export const gridStroke = "#e2e8f0";
export const axisStroke = "#cbd5e1";
/** The hover band behind the bars under the pointer. */
export const hoverCursor = { fill: "#f1f5f9" };

/** A single series (judge grades). */
export const barColor = "#6366f1";
/** Train and test in every chart and legend. */
export const splitColors = { train: "#a5b4fc", test: "#4f46e5" } as const;

export const accuracyColors = { accuracy: "#4f46e5", validAccuracy: "#a5b4fc", whisker: "#0f172a" } as const;
export const answerColors = { correct: "#059669", wrong: "#fb7185", invalid: "#f59e0b", error: "#94a3b8" } as const;
export const latencyColors = { p50: "#312e81", p90: "#4f46e5", p95: "#818cf8", p99: "#c7d2fe" } as const;
export const frontierColor = "#4f46e5";
/** A run the frontier beats: a hollow point with a grey ring (the legend shows the ring's colour). */
export const dominatedColor = "#64748b";
export const pointFill = "#ffffff";

/** Height of a horizontal bar chart: room per run plus the axis. */
export function computeBarChartHeight(runs: number, perRun = 44): number {
  return 48 + Math.max(1, runs) * perRun;
}

/** Axis labels are cut so a long model name does not squeeze the bars; the full name is in the tooltip. */
export function truncateLabel(label: string, max = 26): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** The run names down the side of a horizontal bar chart (one category per run). */
export const runNameAxis = {
  type: "category",
  dataKey: "label",
  width: 170,
  tick,
  tickLine: false,
  axisLine: false,
  tickFormatter: (value: string) => truncateLabel(value),
} as const;

/** A 0-100% axis along a horizontal bar chart. */
export const shareAxis = {
  type: "number",
  domain: [0, 1],
  ticks: [0, 0.25, 0.5, 0.75, 1],
  tick,
  stroke: axisStroke,
} as const;

/** Frame shared by the horizontal bar charts: one row per run, the grid and the hover band. */
export const barChartMargin = { top: 0, right: 16, bottom: 0, left: 0 };

/** A round axis end at or above `value` (0.0764 → 0.08, 1.3 → 1.5, 7.2 → 8); 1 for nothing to show. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((candidate) => candidate * power >= value) ?? 10;
  return Number((step * power).toPrecision(12));
}
