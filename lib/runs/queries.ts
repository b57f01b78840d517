import type { TDb } from "@/lib/db/prisma";
import { computeMetricsFromConfusion, confusionFromCells, type TClassificationMetrics } from "@/lib/metrics";
import { findRunFigures } from "./summary";

export type TRunStats = {
  done: number;
  errors: number;
  invalid: number;
  cached: number;
  cost: number | null;
  promptTokens: number;
  completionTokens: number;
  latencyP50: number | null;
  latencyP95: number | null;
  /** Outputs written per second over the last 30 seconds (null when idle). */
  recentRate: number | null;
  errorsByKind: { kind: string; count: number }[];
};

/** Progress and totals of one run, aggregated in SQL (one index range scan over the run's outputs). */
export async function getRunStats(db: TDb, runId: string): Promise<TRunStats> {
  const [row] = await db.$queryRaw<
    {
      done: number;
      errors: number;
      invalid: number;
      cached: number;
      cost: number | null;
      promptTokens: number;
      completionTokens: number;
      p50: number | null;
      p95: number | null;
      recent: number;
    }[]
  >`
    SELECT count(*)::int AS done,
           count(*) FILTER (WHERE "errorKind" IS NOT NULL)::int AS errors,
           count(*) FILTER (WHERE valid = false)::int AS invalid,
           count(*) FILTER (WHERE cached)::int AS cached,
           sum(cost)::float8 AS cost,
           coalesce(sum("promptTokens"), 0)::float8 AS "promptTokens",
           coalesce(sum("completionTokens"), 0)::float8 AS "completionTokens",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "latencyMs") FILTER (WHERE "errorKind" IS NULL AND NOT cached) AS p50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY "latencyMs") FILTER (WHERE "errorKind" IS NULL AND NOT cached) AS p95,
           count(*) FILTER (WHERE "createdAt" > now() - interval '30 seconds')::int AS recent
    FROM "Output" WHERE "runId" = ${runId}::uuid`;
  const errorsByKind = await db.$queryRaw<{ kind: string; count: number }[]>`
    SELECT "errorKind" AS kind, count(*)::int AS count FROM "Output"
    WHERE "runId" = ${runId}::uuid AND "errorKind" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`;
  const stats = row!;
  return {
    done: stats.done,
    errors: stats.errors,
    invalid: stats.invalid,
    cached: stats.cached,
    cost: stats.cost,
    promptTokens: stats.promptTokens,
    completionTokens: stats.completionTokens,
    latencyP50: stats.p50,
    latencyP95: stats.p95,
    recentRate: stats.recent > 0 ? stats.recent / 30 : null,
    errorsByKind,
  };
}

/**
 * Classification metrics from confusion counts: a completed run's stored summary, or a live GROUP BY over the
 * outputs of a run in progress (lib/runs/summary.ts; both give the same counts).
 */
export async function getClassificationMetrics(
  db: TDb,
  run: { id: string; labels: readonly string[] },
  options: { bootstrapSamples?: number } = {},
): Promise<TClassificationMetrics> {
  const figures = (await findRunFigures(db, [run.id])).get(run.id);
  const confusion = confusionFromCells(
    run.labels,
    (figures?.cells ?? []).map((cell) => ({
      ...cell,
      predicted: cell.predicted !== null && run.labels.includes(cell.predicted) ? cell.predicted : null,
    })),
  );
  return computeMetricsFromConfusion(confusion, figures?.errors ?? 0, { samples: options.bootstrapSamples ?? 1000 });
}
