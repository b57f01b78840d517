import type { TDatasetTask } from "@/lib/datasets/mapping";

/** Dataset wording; numbers, sizes and dates come from components/ui/format. */

export function formatTask(task: TDatasetTask): string {
  return task === "CLASSIFICATION" ? "Classification" : "Open QA";
}

/** The first 12 hex digits: enough to tell two uploads apart at a glance; the full digest is in the title. */
export function formatSha(sha256: string): string {
  return sha256.slice(0, 12);
}
