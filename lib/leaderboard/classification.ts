import type { TDb } from "@/lib/db/prisma";
import { computeMetricsFromConfusion, confusionFromCells, type TConfusionCell } from "@/lib/metrics";
import { compareWithBest, computeCostPer1k, findBestRunId } from "./rank";
import type { TLeaderboardRow } from "./types";

type TRunTotals = {
  runId: string;
  answered: number;
  errors: number;
  cost: number | null;
  priced: number;
  p50: number | null;
};

/** Confusion cells of many runs in one grouped query; an invalid answer's predicted label is null. */
async function findConfusionCells(db: TDb, runIds: string[]) {
  return db.$queryRaw<(TConfusionCell & { runId: string })[]>`
    SELECT o."runId"::text AS "runId", s.expected, CASE WHEN o.valid THEN o."parsedLabel" END AS predicted,
           count(*)::int AS count
    FROM "Output" o JOIN "Sample" s ON s.id = o."sampleId"
    WHERE o."runId" = ANY(${runIds}::uuid[]) AND o."errorKind" IS NULL
    GROUP BY 1, 2, 3`;
}

/**
 * Answers, errors, cost and p50 latency (live calls only: cached answers and errors would skew it) per run. Cost is
 * at list price (tokens × the endpoint's prices), so a run answered from the response cache, which paid nothing,
 * still shows what the model costs per 1,000 samples.
 */
async function findRunTotals(db: TDb, runIds: string[]) {
  return db.$queryRaw<TRunTotals[]>`
    SELECT o."runId"::text AS "runId",
           count(*) FILTER (WHERE o."errorKind" IS NULL)::int AS answered,
           count(*) FILTER (WHERE o."errorKind" IS NOT NULL)::int AS errors,
           sum((o."promptTokens" * e."inputPricePerM" + o."completionTokens" * e."outputPricePerM") / 1e6)
             FILTER (WHERE o."errorKind" IS NULL)::float8 AS cost,
           count(*) FILTER (WHERE o."errorKind" IS NULL AND o."promptTokens" IS NOT NULL
             AND o."completionTokens" IS NOT NULL AND e."inputPricePerM" IS NOT NULL
             AND e."outputPricePerM" IS NOT NULL)::int AS priced,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY o."latencyMs")
             FILTER (WHERE o."errorKind" IS NULL AND NOT o.cached) AS p50
    FROM "Output" o JOIN "Run" r ON r.id = o."runId" JOIN "ModelEndpoint" e ON e.id = r."endpointId"
    WHERE o."runId" = ANY(${runIds}::uuid[])
    GROUP BY 1`;
}

/**
 * Discordant pairs between the best run and each other run, over the samples both have an output for. Errors and
 * invalid answers have correct = false or null, so they count as wrong.
 */
export async function countDiscordantPairsWithBest(db: TDb, bestRunId: string, otherRunIds: string[]) {
  if (otherRunIds.length === 0) return new Map<string, { b: number; c: number }>();
  const rows = await db.$queryRaw<{ runId: string; b: number; c: number }[]>`
    SELECT o."runId"::text AS "runId",
           count(*) FILTER (WHERE coalesce(best.correct, false) AND NOT coalesce(o.correct, false))::int AS b,
           count(*) FILTER (WHERE NOT coalesce(best.correct, false) AND coalesce(o.correct, false))::int AS c
    FROM "Output" o JOIN "Output" best ON best."sampleId" = o."sampleId" AND best."runId" = ${bestRunId}::uuid
    WHERE o."runId" = ANY(${otherRunIds}::uuid[])
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.runId, { b: row.b, c: row.c }]));
}

/** One row per completed or running run of a classification dataset, with intervals and the test against the best. */
export async function getClassificationLeaderboard(
  db: TDb,
  dataset: { id: string; labels: readonly string[] },
  options: { bootstrapSamples?: number } = {},
): Promise<TLeaderboardRow[]> {
  const runs = await db.run.findMany({
    where: { datasetId: dataset.id, task: "CLASSIFICATION", status: { in: ["COMPLETED", "RUNNING"] } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      shots: true,
      split: true,
      total: true,
      createdAt: true,
      endpoint: { select: { id: true, name: true, model: true, tags: true } },
    },
  });
  if (runs.length === 0) return [];
  const runIds = runs.map((run) => run.id);
  const [cells, totals] = await Promise.all([findConfusionCells(db, runIds), findRunTotals(db, runIds)]);
  const totalsByRun = new Map(totals.map((row) => [row.runId, row]));

  const rows: TLeaderboardRow[] = runs.map((run) => {
    const runTotals = totalsByRun.get(run.id);
    const runCells = cells
      .filter((cell) => cell.runId === run.id)
      .map(({ expected, predicted, count }) => ({
        expected,
        predicted: predicted !== null && dataset.labels.includes(predicted) ? predicted : null,
        count,
      }));
    const metrics = computeMetricsFromConfusion(confusionFromCells(dataset.labels, runCells), runTotals?.errors ?? 0, {
      samples: options.bootstrapSamples ?? 1000,
    });
    return {
      runId: run.id,
      status: run.status as "COMPLETED" | "RUNNING",
      partial: run.status === "RUNNING",
      endpoint: run.endpoint,
      shots: run.shots,
      split: run.split,
      total: run.total,
      createdAt: run.createdAt.toISOString(),
      answered: metrics.answered,
      errors: metrics.errors,
      validRate: metrics.validRate,
      validAccuracy: metrics.validAccuracy,
      accuracy: metrics.accuracy,
      macroF1: metrics.macroF1,
      costPer1k: computeCostPer1k({
        cost: runTotals?.cost ?? null,
        pricedAnswers: runTotals?.priced ?? 0,
        answered: metrics.answered,
      }),
      latencyP50Ms: runTotals?.p50 ?? null,
      isBest: false,
      comparison: null,
    };
  });
  return markBest(db, rows);
}

async function markBest(db: TDb, rows: TLeaderboardRow[]): Promise<TLeaderboardRow[]> {
  const bestRunId = findBestRunId(rows);
  if (bestRunId === null) return rows;
  const others = rows.filter((row) => row.runId !== bestRunId && row.answered > 0).map((row) => row.runId);
  const discordant = await countDiscordantPairsWithBest(db, bestRunId, others);
  return rows.map((row) => {
    if (row.runId === bestRunId) return { ...row, isBest: true };
    const pairs = discordant.get(row.runId);
    return pairs ? { ...row, comparison: compareWithBest(pairs) } : row;
  });
}
