/** Colours and text styles shared by the leaderboard charts (Tailwind's palette as hex, for SVG). */
export const tick = { fill: "#475569", fontSize: 12 };
export const gridStroke = "#e2e8f0";
export const axisStroke = "#cbd5e1";

export const accuracyColors = { accuracy: "#4f46e5", validAccuracy: "#a5b4fc", whisker: "#0f172a" } as const;
export const answerColors = { correct: "#059669", wrong: "#fb7185", invalid: "#f59e0b", error: "#94a3b8" } as const;
export const latencyColors = { p50: "#312e81", p90: "#4f46e5", p95: "#818cf8", p99: "#c7d2fe" } as const;
export const frontierColor = "#4f46e5";

/** Height of a horizontal bar chart: room per run plus the axis. */
export function computeBarChartHeight(runs: number, perRun = 44): number {
  return 48 + Math.max(1, runs) * perRun;
}

/** Axis labels are cut so a long model name does not squeeze the bars; the full name is in the tooltip. */
export function truncateLabel(label: string, max = 26): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}
