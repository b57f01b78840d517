import type { TLeaderboardRow } from "../types";
import { buildRunHref } from "./links";
import { labelRuns } from "./run-labels";

export type TCostPoint = {
  runId: string;
  label: string;
  /** USD per 1,000 answered samples at list price. */
  cost: number;
  accuracy: number;
  onFrontier: boolean;
  href: string;
};

export type TCostScatter = {
  points: TCostPoint[];
  /** Frontier points by increasing cost (and so increasing accuracy): the line to draw. */
  frontier: TCostPoint[];
  /** Runs with answers but no known cost: named in a note, never drawn at $0. */
  unpriced: string[];
  /** Log when costs span more than a factor of 20 and none is free (log cannot show 0). */
  xScale: "linear" | "log";
};

const LOG_SPAN = 20;

/**
 * Points that no other point dominates. A point dominates another when it is no more expensive and no less
 * accurate, and strictly better in one of the two. Equal points do not dominate each other, so both stay.
 */
export function findParetoFrontier<T extends { cost: number; accuracy: number }>(points: readonly T[]): T[] {
  const dominated = (p: T) =>
    points.some((q) => q.cost <= p.cost && q.accuracy >= p.accuracy && (q.cost < p.cost || q.accuracy > p.accuracy));
  return points.filter((p) => !dominated(p)).sort((x, y) => x.cost - y.cost || x.accuracy - y.accuracy);
}

export function prepareCostScatter(rows: readonly TLeaderboardRow[]): TCostScatter {
  const labels = labelRuns(rows);
  const scored = rows.filter((row) => row.accuracy.estimate !== null);
  const priced = scored.filter((row) => row.costPer1k !== null);
  const candidates = priced.map((row) => ({
    runId: row.runId,
    label: labels.get(row.runId) ?? row.endpoint.name,
    cost: row.costPer1k as number,
    accuracy: row.accuracy.estimate as number,
    href: buildRunHref(row.runId),
  }));
  const frontierIds = new Set(findParetoFrontier(candidates).map((point) => point.runId));
  const points = candidates.map((point) => ({ ...point, onFrontier: frontierIds.has(point.runId) }));
  const costs = points.map((point) => point.cost);
  const min = Math.min(...costs);
  const max = Math.max(...costs);
  return {
    points,
    frontier: points.filter((point) => point.onFrontier).sort((x, y) => x.cost - y.cost || x.accuracy - y.accuracy),
    unpriced: scored.filter((row) => row.costPer1k === null).map((row) => labels.get(row.runId) ?? row.endpoint.name),
    xScale: points.length > 1 && min > 0 && max / min > LOG_SPAN ? "log" : "linear",
  };
}
