import type { TLeaderboardRow } from "@/lib/leaderboard/types";
import { MISSING, formatPercent, formatScore } from "@/components/ui/format";
import type { TInterval } from "@/lib/metrics";

/** Pure table logic for the leaderboard: sort keys, URL state, sorting, tag filtering and interval text. */

export const SORT_KEYS = [
  "model",
  "answered",
  "validRate",
  "validAccuracy",
  "accuracy",
  "macroF1",
  "errors",
  "costPer1k",
  "latencyP50Ms",
] as const;
export type TSortKey = (typeof SORT_KEYS)[number];
export type TSortDir = "asc" | "desc";
export type TSort = { key: TSortKey; dir: TSortDir };

export const DEFAULT_SORT: TSort = { key: "accuracy", dir: "desc" };

/** Lower is better for these, so a first click sorts them ascending; higher is better for the rest. */
const ASCENDING_FIRST = new Set<TSortKey>(["model", "errors", "costPer1k", "latencyP50Ms"]);

export function parseSort(key: string | null | undefined, dir: string | null | undefined): TSort {
  const known = SORT_KEYS.find((candidate) => candidate === key);
  if (!known) return DEFAULT_SORT;
  if (dir === "asc" || dir === "desc") return { key: known, dir };
  return { key: known, dir: ASCENDING_FIRST.has(known) ? "asc" : "desc" };
}

/** Clicking the sorted column flips it; clicking another column sorts it in its natural direction. */
export function toggleSort(current: TSort, key: TSortKey): TSort {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: ASCENDING_FIRST.has(key) ? "asc" : "desc" };
}

function readSortValue(row: TLeaderboardRow, key: TSortKey): number | string | null {
  switch (key) {
    case "model":
      return row.endpoint.name.toLowerCase();
    case "answered":
    case "errors":
    case "costPer1k":
    case "latencyP50Ms":
      return row[key];
    default:
      return row[key].estimate;
  }
}

/** Stable sort; missing values (unknown cost, no answers) go last in both directions rather than pose as 0. */
export function sortRows(rows: readonly TLeaderboardRow[], sort: TSort): TLeaderboardRow[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = readSortValue(x, sort.key);
    const b = readSortValue(y, sort.key);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (typeof a === "string" || typeof b === "string") return sign * String(a).localeCompare(String(b));
    return sign * (a - b);
  });
}

export function collectTags(rows: readonly TLeaderboardRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.endpoint.tags))].sort((a, b) => a.localeCompare(b));
}

/** Rows whose model carries every selected tag (no selection keeps all). */
export function filterRowsByTags(rows: readonly TLeaderboardRow[], tags: readonly string[]): TLeaderboardRow[] {
  if (tags.length === 0) return [...rows];
  return rows.filter((row) => tags.every((tag) => row.endpoint.tags.includes(tag)));
}

/** "76.0%" and "66.8–83.3" for proportions, "0.815" and "0.742–0.881" for scores; null parts are missing. */
export function formatIntervalParts(
  interval: TInterval,
  kind: "percent" | "score",
): { value: string; range: string | null } {
  if (kind === "score") {
    const range =
      interval.low === null || interval.high === null
        ? null
        : `${formatScore(interval.low)}–${formatScore(interval.high)}`;
    return { value: formatScore(interval.estimate), range };
  }
  const value = formatPercent(interval.estimate);
  if (interval.low === null || interval.high === null || value === MISSING) return { value, range: null };
  return { value, range: `${(interval.low * 100).toFixed(1)}–${(interval.high * 100).toFixed(1)}` };
}

/** "p = 0.219" with small values kept readable: "p < 0.001". */
export function formatPValue(p: number): string {
  return p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}

/** The search string for the page's URL state; defaults are left out to keep links short. */
export function buildSearch(state: { datasetId: string; sort: TSort; tags: readonly string[] }): string {
  const params = new URLSearchParams({ datasetId: state.datasetId });
  if (state.sort.key !== DEFAULT_SORT.key || state.sort.dir !== DEFAULT_SORT.dir) {
    params.set("sort", state.sort.key);
    params.set("dir", state.sort.dir);
  }
  for (const tag of state.tags) params.append("tag", tag);
  return `?${params.toString()}`;
}
