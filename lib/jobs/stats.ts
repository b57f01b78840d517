import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import type { TJobKindTables } from "./kind";
import { RATE_WINDOW_MS } from "./progress";
import { jobTables } from "./sql";

export type TJobRowStats = {
  done: number;
  errors: number;
  cached: number;
  cost: number | null;
  promptTokens: number;
  completionTokens: number;
  latencyP50: number | null;
  latencyP95: number | null;
  /** Rows written within the rate window ending at `now` (lib/jobs/progress.ts). */
  recent: number;
  /** The database clock the window was measured on. */
  now: Date;
  errorsByKind: { kind: string; count: number }[];
};

/**
 * Progress and totals of one job, aggregated in SQL over its rows (one index range scan), plus the kind's own
 * aggregates: `extra` is a list of select expressions starting with a comma, e.g. `, count(score)::int AS parsed`.
 */
export async function getJobRowStats<TExtra extends object = object>(
  db: TDb,
  kind: TJobKindTables,
  id: string,
  extra: Prisma.Sql = Prisma.empty,
): Promise<TJobRowStats & TExtra> {
  const { rows, jobColumn } = jobTables(kind);
  const [row] = await db.$queryRaw<(Omit<TJobRowStats, "errorsByKind"> & TExtra)[]>`
    SELECT count(*)::int AS done,
           count(*) FILTER (WHERE "errorKind" IS NOT NULL)::int AS errors,
           count(*) FILTER (WHERE cached)::int AS cached,
           sum(cost)::float8 AS cost,
           coalesce(sum("promptTokens"), 0)::float8 AS "promptTokens",
           coalesce(sum("completionTokens"), 0)::float8 AS "completionTokens",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "latencyMs") FILTER (WHERE "errorKind" IS NULL AND NOT cached) AS "latencyP50",
           percentile_cont(0.95) WITHIN GROUP (ORDER BY "latencyMs") FILTER (WHERE "errorKind" IS NULL AND NOT cached) AS "latencyP95",
           count(*) FILTER (WHERE "createdAt" > now() - make_interval(secs => ${RATE_WINDOW_MS / 1000}))::int AS recent,
           now() AS now
           ${extra}
    FROM ${rows} WHERE ${jobColumn} = ${id}::uuid`;
  const errorsByKind = await db.$queryRaw<{ kind: string; count: number }[]>`
    SELECT "errorKind" AS kind, count(*)::int AS count FROM ${rows}
    WHERE ${jobColumn} = ${id}::uuid AND "errorKind" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`;
  return { ...row!, errorsByKind };
}
