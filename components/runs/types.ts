import type { TFitProgress } from "@/lib/embedding-classifier/fit-progress";
import type { TRunListItem } from "@/lib/runs/list";
import type { TRunView } from "@/lib/runs/view";

/** A run as GET /api/runs/:id sends it: dates are ISO strings once they have been through JSON. */
export type TRunViewJson = Omit<TRunView, "createdAt" | "startedAt" | "finishedAt" | "classifierFitProgress"> & {
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  classifierFitProgress: (TFitProgress & { updatedAt: string }) | null;
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
    classifierFitProgress: view.classifierFitProgress && {
      ...view.classifierFitProgress,
      updatedAt: view.classifierFitProgress.updatedAt.toISOString(),
    },
  };
}

export function toRunRow(run: TRunListItem): TRunRow {
  return { ...run, createdAt: run.createdAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null };
}
