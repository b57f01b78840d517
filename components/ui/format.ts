/**
 * The app's formatters for numbers, money, sizes and times: one of each, used by every screen. Missing values render
 * as "—" (or "unknown" for money), never as 0. Screen-specific wording (a run's status, an endpoint's host) stays with
 * its screen and builds on these.
 */

export const MISSING = "—";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 1234567 → "1,234,567". */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A count with its noun: "12 rows", "1 row", "2 labels". */
export function formatRows(value: number, unit = "row"): string {
  return `${formatCount(value)} ${unit}${value === 1 ? "" : "s"}`;
}

/**
 * A proportion in [0, 1] as a percentage: 0.8153 → "81.5%" (metrics keep their decimal so columns line up).
 * `digits: "auto"` drops a decimal that says nothing, for settings a person typed: 0.2 → "20%", 0.125 → "12.5%".
 */
export function formatPercent(value: number | null, digits: number | "auto" = 1): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const percent = value * 100;
  if (digits === "auto") return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
  return `${percent.toFixed(digits)}%`;
}

/** A score shown as a decimal: macro-F1 with 3 digits (0.8153 → "0.815"), judge grades with 2 (7.25). */
export function formatScore(value: number | null, digits = 3): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  return value.toFixed(digits);
}

export type TFormattedInterval = { value: string; range: string | null };

/**
 * An estimate with its 95% interval: percent 0.76 → "76.0%" and "66.8–83.3" ("66.8–83.3%" with `rangeUnit`, for a
 * range shown on its own line), score → "0.815" and "0.742–0.881", grade (1-10) → "7.42" and "6.98–7.86". A missing
 * estimate is "—" and a missing interval null (not shown), never 0.
 */
export function formatInterval(
  interval: { estimate: number | null; low: number | null; high: number | null } | null,
  kind: "percent" | "score" | "grade" = "percent",
  options: { rangeUnit?: boolean } = {},
): TFormattedInterval {
  if (!interval || interval.estimate === null || !Number.isFinite(interval.estimate)) {
    return { value: MISSING, range: null };
  }
  const digits = kind === "grade" ? 2 : 3;
  const value = kind === "percent" ? formatPercent(interval.estimate) : formatScore(interval.estimate, digits);
  if (interval.low === null || interval.high === null) return { value, range: null };
  if (kind !== "percent") {
    return { value, range: `${formatScore(interval.low, digits)}–${formatScore(interval.high, digits)}` };
  }
  const range = `${(interval.low * 100).toFixed(1)}–${(interval.high * 100).toFixed(1)}`;
  return { value, range: options.rangeUnit ? `${range}%` : range };
}

/** A p-value: "p = 0.219", small values kept readable ("p < 0.001"); `bare` drops the "p" for a labelled cell. */
export function formatPValue(p: number, options: { bare?: boolean } = {}): string {
  const text = p < 0.001 ? "< 0.001" : p.toFixed(3);
  if (options.bare) return text;
  return p < 0.001 ? `p ${text}` : `p = ${text}`;
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

export { formatBytes } from "@/lib/format/bytes";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "26 Nov 2026, 13:05 UTC". Server and browser agree on UTC, so server-rendered and hydrated text match. */
export function formatDateTime(iso: string | null): string {
  if (iso === null) return MISSING;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? MISSING : `${dateTime.format(date)} UTC`;
}

/** A configured duration (a timeout): "1.5 s", "90 s", "10 min". */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${Number(seconds.toFixed(1))} s`;
}

/** A measured latency: "123 ms" below a second, then seconds. */
export function formatLatency(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return MISSING;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
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
