import type { TPairwiseView } from "@/lib/pairwise/view";

/** The pairwise view as the browser receives it (dates as ISO strings). */
export type TPairwiseViewJson = Omit<TPairwiseView, "createdAt" | "startedAt" | "finishedAt"> & {
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

export function toPairwiseViewJson(view: TPairwiseView): TPairwiseViewJson {
  return JSON.parse(JSON.stringify(view)) as TPairwiseViewJson;
}

export type TPairRow = TPairwiseViewJson["pairs"][number];
