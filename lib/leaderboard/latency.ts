import type { TDb } from "@/lib/db/prisma";
import { findRunFigures } from "@/lib/runs/summary";
import type { TRunLatency as TLatency } from "@/lib/runs/summary-sql";

export { LATENCY_PERCENTILES } from "@/lib/runs/summary-sql";

export type TRunLatency = TLatency & { runId: string };

/**
 * Latency percentiles of many runs (percentile_cont: linear interpolation, the same as lib/metrics' quantile):
 * finished runs from their stored summaries, runs in progress aggregated live. Runs without a live call come back
 * with null percentiles, not zeros.
 */
export async function findLatencyPercentiles(db: TDb, runIds: readonly string[]): Promise<TRunLatency[]> {
  if (runIds.length === 0) return [];
  const figures = await findRunFigures(db, runIds);
  return runIds.map((runId) => ({
    runId,
    ...(figures.get(runId)?.latency ?? { calls: 0, p50: null, p90: null, p95: null, p99: null }),
  }));
}
