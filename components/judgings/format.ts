import { formatScore, MISSING } from "@/components/ui/format";
import type { TInterval } from "@/lib/metrics/types";

/** A mean grade on the 1-10 scale: 7.25 → "7.25 /10"; none → "—". */
export function formatMeanScore(interval: TInterval): string {
  return interval.estimate === null ? MISSING : `${formatScore(interval.estimate, 2)} /10`;
}

/** "95% CI 6.81–7.69", or a note when there are too few grades for an interval. */
export function formatScoreInterval(interval: TInterval): string {
  if (interval.estimate === null) return "no grades yet";
  if (interval.low === null || interval.high === null) return "too few grades for an interval";
  return `95% CI ${formatScore(interval.low, 2)}–${formatScore(interval.high, 2)}`;
}

/** The row label: the judged model's endpoint, or "dataset" for the reference answers. */
export function describeTarget(target: "run" | "dataset", label: string): string {
  return target === "dataset" ? "dataset (reference answers)" : label;
}
