import type { TRunLatency } from "../latency";
import type { TLeaderboardRow } from "../types";
import { buildRunHref } from "./links";
import { labelRuns } from "./run-labels";

export type TLatencyBar = {
  runId: string;
  label: string;
  calls: number;
  /** Milliseconds; null (a gap) when the run has no live call (all cached, or nothing answered yet). */
  p50: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
  href: string;
};

export type TLatencyChart = {
  bars: TLatencyBar[];
  /** Runs with no live call to time, named in a note. */
  untimed: string[];
};

/** p50/p90/p95/p99 per run, fastest median first; the bars open the run, whose page has the timing details. */
export function prepareLatencyBars(rows: readonly TLeaderboardRow[], latency: readonly TRunLatency[]): TLatencyChart {
  const labels = labelRuns(rows);
  const byRun = new Map(latency.map((entry) => [entry.runId, entry]));
  const bars = rows.map((row) => {
    const entry = byRun.get(row.runId);
    return {
      runId: row.runId,
      label: labels.get(row.runId) ?? row.endpoint.name,
      calls: entry?.calls ?? 0,
      p50: entry?.p50 ?? null,
      p90: entry?.p90 ?? null,
      p95: entry?.p95 ?? null,
      p99: entry?.p99 ?? null,
      href: buildRunHref(row.runId),
    };
  });
  const timed = bars.filter((bar) => bar.p50 !== null).sort((x, y) => (x.p50 as number) - (y.p50 as number));
  return { bars: timed, untimed: bars.filter((bar) => bar.p50 === null).map((bar) => bar.label) };
}
