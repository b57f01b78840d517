import { formatUsd, MISSING } from "@/components/ui/format";

/** Run wording (status, shots, error kinds); numbers, money and times come from components/ui/format. */

export type TRunStatus = "QUEUED" | "RUNNING" | "COMPLETED" | "FAILED" | "CANCELLED";

export function isActiveStatus(status: TRunStatus): boolean {
  return status === "QUEUED" || status === "RUNNING";
}

export function formatStatus(status: TRunStatus): string {
  return status.charAt(0) + status.slice(1).toLowerCase();
}

/** A run's cost: nothing to show before its first answer; "unknown" once it has answers but no price. */
export function formatRunCost(cost: number | null, done: number): string {
  return done === 0 ? MISSING : formatUsd(cost);
}

export function formatShots(shots: number): string {
  return shots === 0 ? "zero-shot" : `${shots}-shot`;
}

/** Share of the run that is done, in [0, 1]; a run with no samples counts as not started. */
export function computeProgress(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(1, Math.max(0, done / total));
}

const errorKindNames: Record<string, string> = {
  auth: "Authentication refused",
  model_not_found: "Model not found",
  bad_request: "Bad request",
  rate_limited: "Rate limited",
  server: "Server error",
  timeout: "Timed out",
  connection: "Connection failed",
  malformed: "Malformed response",
  empty: "Empty response",
};

export function formatErrorKind(kind: string): string {
  return errorKindNames[kind] ?? kind.replaceAll("_", " ");
}
