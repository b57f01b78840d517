import type { TJudgingListItem } from "@/lib/judging/list";
import type { TJudgingView } from "@/lib/judging/view";

/** A judging as GET /api/judgings/:id sends it: dates are ISO strings once they have been through JSON. */
export type TJudgingViewJson = Omit<TJudgingView, "createdAt" | "startedAt" | "finishedAt"> & {
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

/** A row of GET /api/judgings. */
export type TJudgingRow = Omit<TJudgingListItem, "createdAt"> & { createdAt: string };

export function toJudgingViewJson(view: TJudgingView): TJudgingViewJson {
  return {
    ...view,
    createdAt: view.createdAt.toISOString(),
    startedAt: view.startedAt?.toISOString() ?? null,
    finishedAt: view.finishedAt?.toISOString() ?? null,
  };
}

export function toJudgingRow(row: TJudgingListItem): TJudgingRow {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
