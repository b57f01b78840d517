import { quantileSorted } from "./quantile";

export type TLatencySummary = { count: number; p50: number | null; p95: number | null };

/**
 * p50 and p95 of latencies by linear interpolation (type 7, same as Postgres `percentile_cont`), ignoring nulls
 * (e.g. cached or errored calls without a timing). Null percentiles when there is no latency at all.
 */
export function computeLatencyPercentiles(latenciesMs: readonly (number | null)[]): TLatencySummary {
  const values = latenciesMs.filter((value): value is number => value !== null).sort((x, y) => x - y);
  return { count: values.length, p50: quantileSorted(values, 0.5), p95: quantileSorted(values, 0.95) };
}
