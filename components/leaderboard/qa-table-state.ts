import { MISSING, formatPercent } from "@/components/ui/format";
import type { TQaJudgingRow, TQaReferenceRow } from "@/lib/leaderboard/qa-types";
import type { TInterval } from "@/lib/metrics";

/** Pure table logic of the open-QA board: labels, sort keys and values, tag filter, grade formatting. */

export const DATASET_ROW_LABEL = "Dataset reference answers";

export type TSortDir = "asc" | "desc";
export type TJudgeSortKey = "model" | "judge" | "mean" | "graded" | "parseFailures" | "modelCostPer1k" | "judgeCost";
export type TReferenceSortKey = "model" | "tokenF1" | "answered" | "errors" | "costPer1k";
export type TQaSort<K extends string> = { key: K; dir: TSortDir };

/** Lower is better (or alphabetical) for these, so a first click sorts them ascending. */
const ASCENDING_FIRST = new Set<string>([
  "model",
  "judge",
  "parseFailures",
  "errors",
  "modelCostPer1k",
  "judgeCost",
  "costPer1k",
]);

export function toggleQaSort<K extends string>(current: TQaSort<K>, key: K): TQaSort<K> {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: ASCENDING_FIRST.has(key) ? "asc" : "desc" };
}

export function labelJudgingRow(row: TQaJudgingRow): string {
  return row.endpoint?.name ?? DATASET_ROW_LABEL;
}

export function readJudgeSortValue(row: TQaJudgingRow, key: TJudgeSortKey): number | string | null {
  switch (key) {
    case "model":
      return labelJudgingRow(row).toLowerCase();
    case "judge":
      return row.judge.name.toLowerCase();
    case "mean":
      return row.mean.estimate;
    default:
      return row[key];
  }
}

export function readReferenceSortValue(row: TQaReferenceRow, key: TReferenceSortKey): number | string | null {
  if (key === "model") return row.endpoint.name.toLowerCase();
  if (key === "tokenF1") return row.tokenF1.estimate;
  return row[key];
}

type TSortValue = number | string | null;

function compareValues(a: TSortValue, b: TSortValue, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "string" || typeof b === "string") return sign * String(a).localeCompare(String(b));
  return sign * (a - b);
}

/**
 * Stable sort; missing values (no grades, unknown cost) go last in both directions rather than pose as 0. Equal
 * values fall back to `then` (descending), e.g. the mean grade within one judge.
 */
export function sortQaRows<T, K extends string>(
  rows: readonly T[],
  sort: TQaSort<K>,
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

/** Judge first: grades of different judges are not on one scale, so the board groups them before ranking. */
export const DEFAULT_JUDGE_SORT: TQaSort<TJudgeSortKey> = { key: "judge", dir: "asc" };

/** Tags of the graded models; the dataset row has none. */
export function collectQaTags(rows: readonly { endpoint: { tags: string[] } | null }[]): string[] {
  return [...new Set(rows.flatMap((row) => row.endpoint?.tags ?? []))].sort((a, b) => a.localeCompare(b));
}

/**
 * Rows whose model carries every selected tag. The dataset row is the yardstick every model is read against, so a
 * tag filter keeps it.
 */
export function filterQaRowsByTags<T extends { endpoint: { tags: string[] } | null }>(
  rows: readonly T[],
  tags: readonly string[],
): T[] {
  if (tags.length === 0) return [...rows];
  return rows.filter((row) => row.endpoint === null || tags.every((tag) => row.endpoint?.tags.includes(tag)));
}

/** A mean grade out of 10: "7.42" with "6.98–7.86"; missing parts are null. */
export function formatGradeParts(interval: TInterval): { value: string; range: string | null } {
  if (interval.estimate === null) return { value: MISSING, range: null };
  const value = interval.estimate.toFixed(2);
  if (interval.low === null || interval.high === null) return { value, range: null };
  return { value, range: `${interval.low.toFixed(2)}–${interval.high.toFixed(2)}` };
}

/** "1 (9.1%)": parse failures with their share of the grades returned. */
export function formatParseFailures(row: Pick<TQaJudgingRow, "parseFailures" | "judged">): string {
  if (row.judged === 0) return MISSING;
  return `${row.parseFailures} (${formatPercent(row.parseFailures / row.judged)})`;
}
