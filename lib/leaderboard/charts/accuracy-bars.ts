import type { TInterval } from "@/lib/metrics";
import type { TLeaderboardRow } from "../types";
import { buildOutputsHref } from "./links";
import { labelRuns } from "./run-labels";

/** [low, high] of a 95% interval; null when there is none. */
export type TRange = [number, number];

export type TAccuracyBar = {
  runId: string;
  label: string;
  /** Null (a gap, not a zero-length bar) when the run has no answers yet. */
  accuracy: number | null;
  accuracyRange: TRange | null;
  validAccuracy: number | null;
  validAccuracyRange: TRange | null;
  /** Both bars count correct answers, so both open them. */
  href: string;
};

function toRange(interval: TInterval): TRange | null {
  return interval.low === null || interval.high === null ? null : [interval.low, interval.high];
}

/** One entry per run, best accuracy first (runs without answers last), as the table sorts by default. */
export function prepareAccuracyBars(rows: readonly TLeaderboardRow[]): TAccuracyBar[] {
  const labels = labelRuns(rows);
  const bars = rows.map((row) => ({
    runId: row.runId,
    label: labels.get(row.runId) ?? row.endpoint.name,
    accuracy: row.accuracy.estimate,
    accuracyRange: toRange(row.accuracy),
    validAccuracy: row.validAccuracy.estimate,
    validAccuracyRange: toRange(row.validAccuracy),
    href: buildOutputsHref(row.runId, { view: "correct" }),
  }));
  return bars.sort((x, y) => {
    if (x.accuracy === null || y.accuracy === null) return x.accuracy === y.accuracy ? 0 : x.accuracy === null ? 1 : -1;
    return y.accuracy - x.accuracy;
  });
}
