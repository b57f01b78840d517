import type { TDb } from "@/lib/db/prisma";
import type { TConfusionCell } from "@/lib/metrics";

export const LATENCY_PERCENTILES = [0.5, 0.9, 0.95, 0.99] as const;

export type TRunLatency = {
  /** Live calls with a timing; cached answers and errors are left out, they would skew the distribution. */
  calls: number;
  p50: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
};

/** What the leaderboard and the run page need from a run's outputs; stored as RunSummary once the run completes. */
export type TRunAggregate = {
  runId: string;
  /** Run.generation in the same snapshot as the counts. */
  generation: number;
  outputs: number;
  answered: number;
  errors: number;
  /** Answers by (expected, predicted); predicted is the parsed label of a valid answer, null for an invalid one. */
  cells: TConfusionCell[];
  /** Answers with both token counts, and the sums of those counts (cost at list price is computed from them). */
  tokenedAnswers: number;
  promptTokens: number;
  completionTokens: number;
  /** Sum of Output.cost; null when no output has one. */
  cost: number | null;
  latency: TRunLatency;
};

/** Sample indexes answered (no failed call), and those answered correctly (for the per-sample bitsets). */
export type TRunSampleIndexes = { present: number[]; correct: number[] };

type TAggregateRow = Omit<TRunAggregate, "latency"> & {
  latencyCalls: number;
  percentiles: number[] | null;
  present: number[] | null;
  correct: number[] | null;
};

/**
 * Aggregates many runs' outputs in ONE statement, so the counts, cells, percentiles, sample indexes and the run's
 * generation all come from the same snapshot (a summary stored from it is consistent with its generation).
 * Percentiles are percentile_cont (linear interpolation, as lib/metrics' quantile). Sample indexes are fetched only
 * for `indexesFor` runs (storing a summary needs them, a live leaderboard row does not).
 */
export async function aggregateRunOutputs(
  db: TDb,
  runIds: readonly string[],
  indexesFor: readonly string[] = [],
): Promise<(TRunAggregate & { indexes: TRunSampleIndexes | null })[]> {
  if (runIds.length === 0) return [];
  const ids = [...runIds];
  const rows = await db.$queryRaw<TAggregateRow[]>`
    WITH totals AS (
      SELECT o."runId", count(*)::int AS outputs,
             count(*) FILTER (WHERE o."errorKind" IS NOT NULL)::int AS errors,
             count(*) FILTER (WHERE o."errorKind" IS NULL AND o."promptTokens" IS NOT NULL
               AND o."completionTokens" IS NOT NULL)::int AS "tokenedAnswers",
             coalesce(sum(o."promptTokens") FILTER (WHERE o."errorKind" IS NULL AND o."promptTokens" IS NOT NULL
               AND o."completionTokens" IS NOT NULL), 0)::float8 AS "promptTokens",
             coalesce(sum(o."completionTokens") FILTER (WHERE o."errorKind" IS NULL AND o."promptTokens" IS NOT NULL
               AND o."completionTokens" IS NOT NULL), 0)::float8 AS "completionTokens",
             sum(o.cost)::float8 AS cost,
             count(o."latencyMs") FILTER (WHERE o."errorKind" IS NULL AND NOT o.cached)::int AS "latencyCalls",
             percentile_cont(${[...LATENCY_PERCENTILES]}::float8[]) WITHIN GROUP (ORDER BY o."latencyMs")
               FILTER (WHERE o."errorKind" IS NULL AND NOT o.cached) AS percentiles
      FROM "Output" o WHERE o."runId" = ANY(${ids}::uuid[])
      GROUP BY 1),
    grouped AS (
      SELECT o."runId", coalesce(ov.expected, s.expected) AS expected,
             CASE WHEN o.valid THEN o."parsedLabel" END AS predicted, count(*)::int AS count
      FROM "Output" o JOIN "Sample" s ON s.id = o."sampleId" JOIN "Run" rv ON rv.id = o."runId"
      -- The run's dataset version (issue 15): its corrected labels, and its excluded samples left out.
      LEFT JOIN "SampleOverride" ov ON ov."versionId" = rv."datasetVersionId" AND ov."sampleId" = o."sampleId"
      WHERE o."runId" = ANY(${ids}::uuid[]) AND o."errorKind" IS NULL AND ov.excluded IS NOT TRUE
      GROUP BY 1, 2, 3),
    cells AS (
      SELECT "runId", json_agg(json_build_object('expected', expected, 'predicted', predicted, 'count', count)) AS cells
      FROM grouped GROUP BY 1),
    indexes AS (
      SELECT o."runId", array_agg(s.index) FILTER (WHERE o."errorKind" IS NULL) AS present,
             array_agg(s.index) FILTER (WHERE o.correct) AS correct
      FROM "Output" o JOIN "Sample" s ON s.id = o."sampleId"
      WHERE o."runId" = ANY(${[...indexesFor]}::uuid[])
      GROUP BY 1)
    SELECT r.id::text AS "runId", r.generation, coalesce(t.outputs, 0) AS outputs,
           coalesce(t.outputs - t.errors, 0) AS answered, coalesce(t.errors, 0) AS errors,
           coalesce(c.cells, '[]'::json) AS cells, coalesce(t."tokenedAnswers", 0) AS "tokenedAnswers",
           coalesce(t."promptTokens", 0) AS "promptTokens", coalesce(t."completionTokens", 0) AS "completionTokens",
           t.cost, coalesce(t."latencyCalls", 0) AS "latencyCalls", t.percentiles, i.present, i.correct
    FROM "Run" r LEFT JOIN totals t ON t."runId" = r.id LEFT JOIN cells c ON c."runId" = r.id
    LEFT JOIN indexes i ON i."runId" = r.id
    WHERE r.id = ANY(${ids}::uuid[])`;
  return rows.map(({ latencyCalls, percentiles, present, correct, ...row }) => {
    const [p50, p90, p95, p99] = latencyCalls > 0 ? (percentiles ?? []) : [];
    return {
      ...row,
      latency: { calls: latencyCalls, p50: p50 ?? null, p90: p90 ?? null, p95: p95 ?? null, p99: p99 ?? null },
      indexes: indexesFor.includes(row.runId) ? { present: present ?? [], correct: correct ?? [] } : null,
    };
  });
}
