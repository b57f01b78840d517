/** Pure formatting for the runs screens. Missing values render as "—" (or "unknown" for money), never as 0. */

export const MISSING = "—";

export type TRunStatus = "QUEUED" | "RUNNING" | "COMPLETED" | "FAILED" | "CANCELLED";

export function isActiveStatus(status: TRunStatus): boolean {
  return status === "QUEUED" || status === "RUNNING";
}

export function formatStatus(status: TRunStatus): string {
  return status.charAt(0) + status.slice(1).toLowerCase();
}

/** 0.8153 → "81.5%"; null → "—". */
export function formatPercent(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  return `${(value * 100).toFixed(digits)}%`;
}

/** Macro-F1 and other scores in [0, 1], shown as a decimal: 0.8153 → "0.815". */
export function formatScore(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  return value.toFixed(3);
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return integer.format(value);
}

/**
 * US dollars with enough digits to be useful: a run on a cheap model costs fractions of a cent. null means the price
 * is not known (an endpoint without prices), which is not the same as free.
 */
export function formatUsd(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "unknown";
  if (value === 0) return "$0.00";
  const abs = Math.abs(value);
  if (abs < 0.0001) return value < 0 ? "−<$0.0001" : "<$0.0001";
  const digits = abs < 1 ? 4 : abs < 100 ? 2 : 0;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: digits === 4 ? 2 : digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A run's cost: nothing to show before its first answer; "unknown" once it has answers but no price. */
export function formatRunCost(cost: number | null, done: number): string {
  return done === 0 ? MISSING : formatUsd(cost);
}

/** Samples per second: "3.4/s"; below one per second the rate is shown per minute. */
export function formatRate(perSecond: number | null): string {
  if (perSecond === null || !Number.isFinite(perSecond) || perSecond <= 0) return MISSING;
  if (perSecond < 1) return `${(perSecond * 60).toFixed(1)}/min`;
  return `${perSecond.toFixed(1)}/s`;
}

/** Remaining time: "45 s", "3 min 20 s", "2 h 5 min". */
export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return MISSING;
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return total % 60 === 0 ? `${minutes} min` : `${minutes} min ${total % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

export function formatLatency(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return MISSING;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
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

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function formatDateTime(iso: string | null): string {
  if (iso === null) return MISSING;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? MISSING : dateTime.format(date);
}
