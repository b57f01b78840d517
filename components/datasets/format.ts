import type { TDatasetTask } from "@/lib/datasets/mapping";

const counts = new Intl.NumberFormat("en-US");
const dates = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatCount(value: number): string {
  return counts.format(value);
}

/** "12 rows", "1 row". */
export function formatRows(value: number, unit = "row"): string {
  return `${formatCount(value)} ${unit}${value === 1 ? "" : "s"}`;
}

export function formatTask(task: TDatasetTask): string {
  return task === "CLASSIFICATION" ? "Classification" : "Open QA";
}

/** Server and browser agree on UTC, so server-rendered and hydrated text match. */
export function formatDate(iso: string): string {
  return `${dates.format(new Date(iso))} UTC`;
}

export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** The first 12 hex digits: enough to tell two uploads apart at a glance; the full digest is in the title. */
export function formatSha(sha256: string): string {
  return sha256.slice(0, 12);
}

/** "20%" for 0.2; one decimal only when needed. */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}
