import type { TSort } from "@/components/ui/table-head";
import type { TLeaderboardRow } from "@/lib/leaderboard/types";

/**
 * Pure table logic shared by the leaderboard's tables (classification, open-QA reference and judge): sorting, tag
 * filtering, and URL state. Each table brings its sort keys and a function reading a row's value.
 */

export type TSortValue = number | string | null;

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

export const DEFAULT_SORT: TSort<TSortKey> = { key: "accuracy", dir: "desc" };

/** Lower is better (or alphabetical) for these, so a first click sorts them ascending; higher is better for the rest. */
const ASCENDING_FIRST = new Set<string>([
  "model",
  "judge",
  "errors",
  "parseFailures",
  "costPer1k",
  "modelCostPer1k",
  "judgeCost",
  "latencyP50Ms",
]);

export function parseSort(key: string | null | undefined, dir: string | null | undefined): TSort<TSortKey> {
  const known = SORT_KEYS.find((candidate) => candidate === key);
  if (!known) return DEFAULT_SORT;
  if (dir === "asc" || dir === "desc") return { key: known, dir };
  return { key: known, dir: ASCENDING_FIRST.has(known) ? "asc" : "desc" };
}

/** Clicking the sorted column flips it; clicking another column sorts it in its natural direction. */
export function toggleSort<K extends string>(current: TSort<K>, key: K): TSort<K> {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: ASCENDING_FIRST.has(key) ? "asc" : "desc" };
}

export function readSortValue(row: TLeaderboardRow, key: TSortKey): TSortValue {
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

function compareValues(a: TSortValue, b: TSortValue, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "string" || typeof b === "string") return sign * String(a).localeCompare(String(b));
  return sign * (a - b);
}

/**
 * Stable sort; missing values (unknown cost, no grades) go last in both directions rather than pose as 0. Equal
 * values fall back to `then` (descending), e.g. the mean grade within one judge.
 */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  sort: TSort<K>,
  read: (row: T, key: K) => TSortValue,
  then?: K,
): T[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((x, y) => {
    const primary = compareValues(read(x, sort.key), read(y, sort.key), sign);
    if (primary !== 0 || then === undefined) return primary;
    return compareValues(read(x, then), read(y, then), -1);
  });
}

type TTagged = { endpoint: { tags: string[] } | null };

export function collectTags(rows: readonly TTagged[]): string[] {
  return [...new Set(rows.flatMap((row) => row.endpoint?.tags ?? []))].sort((a, b) => a.localeCompare(b));
}

/**
 * Rows whose model carries every selected tag (no selection keeps all). A row without a model (the dataset's
 * reference answers) is the yardstick every model is read against, so a tag filter keeps it.
 */
export function filterRowsByTags<T extends TTagged>(rows: readonly T[], tags: readonly string[]): T[] {
  if (tags.length === 0) return [...rows];
  return rows.filter((row) => row.endpoint === null || tags.every((tag) => row.endpoint?.tags.includes(tag)));
}

/** The answer modes of the rows, in the order runs were made (lib/answer-modes). */
export function collectAnswerModes(rows: readonly { answerMode: string }[]): string[] {
  return [...new Set(rows.map((row) => row.answerMode))];
}

/** Rows in one of the selected answer modes (no selection keeps all). */
export function filterRowsByModes<T extends { answerMode: string }>(rows: readonly T[], modes: readonly string[]): T[] {
  return modes.length === 0 ? [...rows] : rows.filter((row) => modes.includes(row.answerMode));
}

/** The search string for the page's URL state; defaults are left out to keep links short. */
export function buildSearch(state: {
  datasetId: string;
  sort: TSort<TSortKey>;
  tags: readonly string[];
  modes?: readonly string[];
}): string {
  const params = new URLSearchParams({ datasetId: state.datasetId });
  if (state.sort.key !== DEFAULT_SORT.key || state.sort.dir !== DEFAULT_SORT.dir) {
    params.set("sort", state.sort.key);
    params.set("dir", state.sort.dir);
  }
  for (const tag of state.tags) params.append("tag", tag);
  for (const mode of state.modes ?? []) params.append("mode", mode);
  return `?${params.toString()}`;
}
