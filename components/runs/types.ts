import type { TRunListItem } from "@/lib/runs/list";
import type { TRunView } from "@/lib/runs/view";

/** A run as GET /api/runs/:id sends it: dates are ISO strings once they have been through JSON. */
export type TRunViewJson = Omit<TRunView, "createdAt" | "startedAt" | "finishedAt"> & {
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

/** A row of GET /api/runs. */
export type TRunRow = Omit<TRunListItem, "createdAt" | "finishedAt"> & { createdAt: string; finishedAt: string | null };

/** The server components hand the client what the API would, so polling replaces it with the same shape. */
export function toRunViewJson(view: TRunView): TRunViewJson {
  return {
    ...view,
    createdAt: view.createdAt.toISOString(),
    startedAt: view.startedAt?.toISOString() ?? null,
    finishedAt: view.finishedAt?.toISOString() ?? null,
  };
}

export function toRunRow(run: TRunListItem): TRunRow {
  return { ...run, createdAt: run.createdAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null };
}
