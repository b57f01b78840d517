import { MISSING, formatPercent } from "@/components/ui/format";
import type { TSort } from "@/components/ui/table-head";
import type { TQaJudgingRow, TQaReferenceRow } from "@/lib/leaderboard/qa-types";
import type { TSortValue } from "./table-state";

/** The open-QA board's columns: sort keys, the value each sorts by, and the dataset row's label. */

export const DATASET_ROW_LABEL = "Dataset reference answers";

export type TJudgeSortKey = "model" | "judge" | "mean" | "graded" | "parseFailures" | "modelCostPer1k" | "judgeCost";
export type TReferenceSortKey = "model" | "tokenF1" | "answered" | "errors" | "costPer1k";

/** Judge first: grades of different judges are not on one scale, so the board groups them before ranking. */
export const DEFAULT_JUDGE_SORT: TSort<TJudgeSortKey> = { key: "judge", dir: "asc" };

export function labelJudgingRow(row: TQaJudgingRow): string {
  return row.endpoint?.name ?? DATASET_ROW_LABEL;
}

export function readJudgeSortValue(row: TQaJudgingRow, key: TJudgeSortKey): TSortValue {
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

export function readReferenceSortValue(row: TQaReferenceRow, key: TReferenceSortKey): TSortValue {
  if (key === "model") return row.endpoint.name.toLowerCase();
  if (key === "tokenF1") return row.tokenF1.estimate;
  return row[key];
}

/** "1 (9.1%)": parse failures with their share of the grades returned. */
export function formatParseFailures(row: Pick<TQaJudgingRow, "parseFailures" | "judged">): string {
  if (row.judged === 0) return MISSING;
  return `${row.parseFailures} (${formatPercent(row.parseFailures / row.judged)})`;
}
