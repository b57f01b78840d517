import type { TDb } from "@/lib/db/prisma";
import { computeMetricsFromConfusion, confusionFromCells } from "@/lib/metrics";
import { findRunFigures, type TRunFigures } from "@/lib/runs/summary";
import { countDiscordantBits } from "@/lib/runs/summary-bits";
import { compareWithBest, computeCostPer1k, findBestRunId } from "./rank";
import type { TLeaderboardRow } from "./types";
import { EMBEDDING_CLASSIFIER, isClassifierRun } from "@/lib/embedding-classifier/naming";

/**
 * Discordant pairs between the best run and each other run, over the samples both answered: a failed call is not an
 * answer (accuracy leaves it out too), so its sample is left out of the pair; an invalid answer counts as wrong.
 */
export async function countDiscordantPairsWithBest(db: TDb, bestRunId: string, otherRunIds: string[]) {
  if (otherRunIds.length === 0) return new Map<string, { b: number; c: number; shared: number }>();
  const rows = await db.$queryRaw<{ runId: string; b: number; c: number; shared: number }[]>`
    SELECT o."runId"::text AS "runId", count(*)::int AS shared,
           count(*) FILTER (WHERE coalesce(best.correct, false) AND NOT coalesce(o.correct, false))::int AS b,
           count(*) FILTER (WHERE NOT coalesce(best.correct, false) AND coalesce(o.correct, false))::int AS c
    FROM "Output" o JOIN "Output" best ON best."sampleId" = o."sampleId" AND best."runId" = ${bestRunId}::uuid
    WHERE o."runId" = ANY(${otherRunIds}::uuid[]) AND o."errorKind" IS NULL AND best."errorKind" IS NULL
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.runId, { b: row.b, c: row.c, shared: row.shared }]));
}

/**
 * Cost at list price (tokens × the endpoint's prices), so a run answered from the response cache, which paid
 * nothing, still shows what the model costs. Null (unknown) unless every answer has token counts and a price.
 */
function computeRunCostPer1k(
  figures: TRunFigures | undefined,
  prices: { inputPricePerM: number | null; outputPricePerM: number | null },
) {
  if (!figures || prices.inputPricePerM === null || prices.outputPricePerM === null) return null;
  const cost =
    figures.tokenedAnswers === 0
      ? null
      : (figures.promptTokens * prices.inputPricePerM + figures.completionTokens * prices.outputPricePerM) / 1e6;
  return computeCostPer1k({ cost, pricedAnswers: figures.tokenedAnswers, answered: figures.answered });
}

/**
 * One row per completed or running run of a classification dataset, with intervals and the test against the best.
 * Completed runs are read from their stored summaries; only running runs are aggregated over their outputs.
 */
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
      answerMode: true,
      method: true,
      total: true,
      createdAt: true,
      endpoint: {
        select: { id: true, name: true, model: true, tags: true, inputPricePerM: true, outputPricePerM: true },
      },
    },
  });
  if (runs.length === 0) return [];
  const figures = await findRunFigures(
    db,
    runs.map((run) => run.id),
    { bits: true },
  );

  const rows: TLeaderboardRow[] = runs.map((run) => {
    const { inputPricePerM, outputPricePerM, ...endpoint } = run.endpoint;
    const runFigures = figures.get(run.id);
    const cells = (runFigures?.cells ?? []).map(({ expected, predicted, count }) => ({
      expected,
      predicted: predicted !== null && dataset.labels.includes(predicted) ? predicted : null,
      count,
    }));
    const metrics = computeMetricsFromConfusion(confusionFromCells(dataset.labels, cells), runFigures?.errors ?? 0, {
      samples: options.bootstrapSamples ?? 1000,
    });
    return {
      runId: run.id,
      status: run.status as "COMPLETED" | "RUNNING",
      partial: run.status === "RUNNING",
      endpoint,
      shots: run.shots,
      split: run.split,
      // An embedding-classifier run asks for no answer: its "mode" column says what it is (and filters as one).
      answerMode: isClassifierRun(run) ? EMBEDDING_CLASSIFIER : run.answerMode,
      method: run.method,
      total: run.total,
      createdAt: run.createdAt.toISOString(),
      answered: metrics.answered,
      errors: metrics.errors,
      validRate: metrics.validRate,
      validAccuracy: metrics.validAccuracy,
      accuracy: metrics.accuracy,
      macroF1: metrics.macroF1,
      costPer1k: computeRunCostPer1k(runFigures, { inputPricePerM, outputPricePerM }),
      latencyP50Ms: runFigures?.latency.p50 ?? null,
      isBest: false,
      comparison: null,
    };
  });
  return markBest(db, rows, figures);
}

/**
 * Paired McNemar against the best run. Two finished runs compare their per-sample bitsets (no join over their
 * outputs); a pair with a run in progress is counted in SQL.
 */
async function markBest(db: TDb, rows: TLeaderboardRow[], figures: Map<string, TRunFigures>) {
  const bestRunId = findBestRunId(rows);
  if (bestRunId === null) return rows;
  const bestBits = figures.get(bestRunId)?.bits ?? null;
  const others = rows.filter((row) => row.runId !== bestRunId && row.answered > 0).map((row) => row.runId);
  const discordant = new Map<string, { b: number; c: number; shared: number }>();
  const live: string[] = [];
  for (const runId of others) {
    const bits = figures.get(runId)?.bits ?? null;
    if (bestBits && bits) discordant.set(runId, countDiscordantBits(bestBits, bits));
    else live.push(runId);
  }
  for (const [runId, pairs] of await countDiscordantPairsWithBest(db, bestRunId, live)) discordant.set(runId, pairs);
  return rows.map((row) => {
    if (row.runId === bestRunId) return { ...row, isBest: true };
    const pairs = discordant.get(row.runId);
    // No sample answered by both (another split, say): there is nothing to test, so no verdict either way.
    return pairs && pairs.shared > 0 ? { ...row, comparison: compareWithBest(pairs) } : row;
  });
}
