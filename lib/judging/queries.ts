import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import { getJobRowStats, type TJobRowStats } from "@/lib/jobs/stats";
import { judgingKind } from "./kind";
import type { TJudgingCounts } from "./metrics";

export type TJudgingStats = TJudgingCounts & TJobRowStats;

/** Progress and totals of one judging (lib/jobs/stats.ts), with its grades: parsed, mean, spread, histogram. */
export async function getJudgingStats(db: TDb, judgingId: string): Promise<TJudgingStats> {
  const stats = await getJobRowStats<{ parsed: number; mean: number | null; sd: number | null }>(
    db,
    judgingKind,
    judgingId,
    Prisma.sql`, count(score)::int AS parsed, avg(score)::float8 AS mean, stddev_samp(score)::float8 AS sd`,
  );
  const histogram = await db.$queryRaw<{ score: number; count: number }[]>`
    SELECT score, count(*)::int AS count FROM "Judgement"
    WHERE "judgingId" = ${judgingId}::uuid AND score IS NOT NULL GROUP BY score ORDER BY score`;
  return { ...stats, judged: stats.done - stats.errors, histogram };
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
