import type { TDb } from "@/lib/db/prisma";
import type { TJudgingCounts } from "./metrics";

export type TJudgingStats = TJudgingCounts & {
  cached: number;
  cost: number | null;
  promptTokens: number;
  completionTokens: number;
  latencyP50: number | null;
  /** Judgements written per second over the last 30 seconds (null when idle). */
  recentRate: number | null;
  errorsByKind: { kind: string; count: number }[];
};

/** Progress, grades and totals of one judging, aggregated in SQL over its judgements. */
export async function getJudgingStats(db: TDb, judgingId: string): Promise<TJudgingStats> {
  const [row] = await db.$queryRaw<
    {
      done: number;
      errors: number;
      parsed: number;
      mean: number | null;
      sd: number | null;
      cached: number;
      cost: number | null;
      promptTokens: number;
      completionTokens: number;
      p50: number | null;
      recent: number;
    }[]
  >`
    SELECT count(*)::int AS done,
           count(*) FILTER (WHERE "errorKind" IS NOT NULL)::int AS errors,
           count(score)::int AS parsed,
           avg(score)::float8 AS mean,
           stddev_samp(score)::float8 AS sd,
           count(*) FILTER (WHERE cached)::int AS cached,
           sum(cost)::float8 AS cost,
           coalesce(sum("promptTokens"), 0)::float8 AS "promptTokens",
           coalesce(sum("completionTokens"), 0)::float8 AS "completionTokens",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "latencyMs") FILTER (WHERE "errorKind" IS NULL AND NOT cached) AS p50,
           count(*) FILTER (WHERE "createdAt" > now() - interval '30 seconds')::int AS recent
    FROM "Judgement" WHERE "judgingId" = ${judgingId}::uuid`;
  const histogram = await db.$queryRaw<{ score: number; count: number }[]>`
    SELECT score, count(*)::int AS count FROM "Judgement"
    WHERE "judgingId" = ${judgingId}::uuid AND score IS NOT NULL GROUP BY score ORDER BY score`;
  const errorsByKind = await db.$queryRaw<{ kind: string; count: number }[]>`
    SELECT "errorKind" AS kind, count(*)::int AS count FROM "Judgement"
    WHERE "judgingId" = ${judgingId}::uuid AND "errorKind" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`;
  const stats = row!;
  return {
    done: stats.done,
    errors: stats.errors,
    judged: stats.done - stats.errors,
    parsed: stats.parsed,
    mean: stats.mean,
    sd: stats.sd,
    histogram,
    cached: stats.cached,
    cost: stats.cost,
    promptTokens: stats.promptTokens,
    completionTokens: stats.completionTokens,
    latencyP50: stats.p50,
    recentRate: stats.recent > 0 ? stats.recent / 30 : null,
    errorsByKind,
  };
}

export type TJudgingSummary = {
  judgingId: string;
  done: number;
  errors: number;
  parsed: number;
  mean: number | null;
  sd: number | null;
  cost: number | null;
};

/** Per-judging grades of many judgings at once (the lists): one grouped query. */
export async function getJudgingSummaries(db: TDb, judgingIds: string[]): Promise<Map<string, TJudgingSummary>> {
  if (judgingIds.length === 0) return new Map();
  const rows = await db.$queryRaw<TJudgingSummary[]>`
    SELECT "judgingId"::text AS "judgingId", count(*)::int AS done,
           count(*) FILTER (WHERE "errorKind" IS NOT NULL)::int AS errors, count(score)::int AS parsed,
           avg(score)::float8 AS mean, stddev_samp(score)::float8 AS sd, sum(cost)::float8 AS cost
    FROM "Judgement" WHERE "judgingId" = ANY(${judgingIds}::uuid[]) GROUP BY "judgingId"`;
  return new Map(rows.map((row) => [row.judgingId, row]));
}
