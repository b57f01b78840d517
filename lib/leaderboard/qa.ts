import type { TDb } from "@/lib/db/prisma";
import { JUDGE_SCORE_MAX, tIntervalFromSummary, wilson } from "@/lib/metrics";
import { compareScoresWithBest, findBestJudgingIds } from "./qa-rank";
import type { TQaJudgingRow } from "./qa-types";
import { computeCostPer1k } from "./rank";

type TJudgingAggregate = {
  judgingId: string;
  runId: string | null;
  status: "COMPLETED" | "RUNNING";
  total: number;
  referenceGuided: boolean;
  rubricHash: string;
  judgeId: string;
  judgeName: string;
  judgeModel: string;
  endpointId: string | null;
  endpointName: string | null;
  endpointModel: string | null;
  endpointTags: string[] | null;
  shots: number | null;
  judged: number;
  graded: number;
  errors: number;
  mean: number | null;
  sd: number | null;
  judgeCost: number | null;
  judgePriced: number;
  histogram: { score: number; count: number }[] | null;
  answered: number | null;
  modelCost: number | null;
  modelPriced: number | null;
};

/**
 * Every aggregate of a dataset's completed and running judgings in one query: grades (count, mean, sd, parse
 * failures, histogram), judge errors and judge cost, and the graded run's answers and cost. Costs are at list price
 * (tokens x the endpoint's prices), so cached calls still show what they would cost.
 */
async function findJudgingAggregates(db: TDb, datasetId: string) {
  return db.$queryRaw<TJudgingAggregate[]>`
    WITH judgings AS (
      SELECT * FROM "Judging" WHERE "datasetId" = ${datasetId}::uuid AND status IN ('COMPLETED', 'RUNNING')
    ), grades AS (
      SELECT g.id,
             count(j.id) FILTER (WHERE j."errorKind" IS NULL)::int AS judged,
             count(j.score) FILTER (WHERE j."errorKind" IS NULL)::int AS graded,
             count(j.id) FILTER (WHERE j."errorKind" IS NOT NULL)::int AS errors,
             avg(j.score) FILTER (WHERE j."errorKind" IS NULL)::float8 AS mean,
             stddev_samp(j.score) FILTER (WHERE j."errorKind" IS NULL)::float8 AS sd,
             sum((j."promptTokens" * je."inputPricePerM" + j."completionTokens" * je."outputPricePerM") / 1e6)
               FILTER (WHERE j."errorKind" IS NULL)::float8 AS "judgeCost",
             count(j.id) FILTER (WHERE j."errorKind" IS NULL AND j."promptTokens" IS NOT NULL
               AND j."completionTokens" IS NOT NULL AND je."inputPricePerM" IS NOT NULL
               AND je."outputPricePerM" IS NOT NULL)::int AS "judgePriced"
      FROM judgings g JOIN "ModelEndpoint" je ON je.id = g."judgeEndpointId"
      LEFT JOIN "Judgement" j ON j."judgingId" = g.id
      GROUP BY g.id
    ), histograms AS (
      SELECT "judgingId" AS id, json_agg(json_build_object('score', score, 'count', n) ORDER BY score) AS histogram
      FROM (SELECT "judgingId", score, count(*)::int AS n FROM "Judgement"
            WHERE "judgingId" IN (SELECT id FROM judgings) AND score IS NOT NULL AND "errorKind" IS NULL
            GROUP BY 1, 2) counts
      GROUP BY 1
    ), answers AS (
      SELECT o."runId",
             count(*) FILTER (WHERE o."errorKind" IS NULL)::int AS answered,
             sum((o."promptTokens" * e."inputPricePerM" + o."completionTokens" * e."outputPricePerM") / 1e6)
               FILTER (WHERE o."errorKind" IS NULL)::float8 AS "modelCost",
             count(*) FILTER (WHERE o."errorKind" IS NULL AND o."promptTokens" IS NOT NULL
               AND o."completionTokens" IS NOT NULL AND e."inputPricePerM" IS NOT NULL
               AND e."outputPricePerM" IS NOT NULL)::int AS "modelPriced"
      FROM "Output" o JOIN "Run" r ON r.id = o."runId" JOIN "ModelEndpoint" e ON e.id = r."endpointId"
      WHERE o."runId" IN (SELECT "runId" FROM judgings WHERE "runId" IS NOT NULL)
      GROUP BY 1
    )
    SELECT g.id::text AS "judgingId", g."runId"::text AS "runId", g.status::text AS status, g.total,
           g."referenceGuided", md5(g.rubric) AS "rubricHash",
           je.id::text AS "judgeId", je.name AS "judgeName", je.model AS "judgeModel",
           e.id::text AS "endpointId", e.name AS "endpointName", e.model AS "endpointModel", e.tags AS "endpointTags",
           r.shots, gr.judged, gr.graded, gr.errors, gr.mean, gr.sd, gr."judgeCost", gr."judgePriced",
           h.histogram, a.answered, a."modelCost", a."modelPriced"
    FROM judgings g
    JOIN "ModelEndpoint" je ON je.id = g."judgeEndpointId"
    JOIN grades gr ON gr.id = g.id
    LEFT JOIN histograms h ON h.id = g.id
    LEFT JOIN "Run" r ON r.id = g."runId"
    LEFT JOIN "ModelEndpoint" e ON e.id = r."endpointId"
    LEFT JOIN answers a ON a."runId" = g."runId"
    ORDER BY g."createdAt", g.id`;
}

/** Grades of each (best, other) pair of judgings on the samples both graded, in sample order. */
async function findPairedGrades(db: TDb, pairs: { best: string; other: string }[]) {
  if (pairs.length === 0) return new Map<string, { best: number[]; other: number[] }>();
  const rows = await db.$queryRaw<{ judgingId: string; best: number[]; other: number[] }[]>`
    SELECT p.other::text AS "judgingId",
           array_agg(b.score ORDER BY b."sampleId") AS best, array_agg(o.score ORDER BY b."sampleId") AS other
    FROM unnest(${pairs.map((pair) => pair.best)}::uuid[], ${pairs.map((pair) => pair.other)}::uuid[]) AS p(best, other)
    JOIN "Judgement" b ON b."judgingId" = p.best AND b.score IS NOT NULL AND b."errorKind" IS NULL
    JOIN "Judgement" o ON o."judgingId" = p.other AND o."sampleId" = b."sampleId"
      AND o.score IS NOT NULL AND o."errorKind" IS NULL
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.judgingId, { best: row.best, other: row.other }]));
}

function toHistogram(counts: { score: number; count: number }[] | null) {
  return Array.from({ length: JUDGE_SCORE_MAX }, (_, i) => ({
    score: i + 1,
    count: counts?.find((entry) => entry.score === i + 1)?.count ?? 0,
  }));
}

function toRow(row: TJudgingAggregate): TQaJudgingRow {
  const endpoint =
    row.endpointId === null
      ? null
      : {
          id: row.endpointId,
          name: row.endpointName ?? "",
          model: row.endpointModel ?? "",
          tags: row.endpointTags ?? [],
        };
  return {
    judgingId: row.judgingId,
    runId: row.runId,
    endpoint,
    shots: row.shots,
    judge: { id: row.judgeId, name: row.judgeName, model: row.judgeModel },
    referenceGuided: row.referenceGuided,
    groupKey: `${row.judgeId}:${row.rubricHash}:${row.referenceGuided}`,
    status: row.status,
    partial: row.status === "RUNNING",
    total: row.total,
    judged: row.judged,
    graded: row.graded,
    parseFailures: row.judged - row.graded,
    parseFailureRate: wilson(row.judged - row.graded, row.judged),
    errors: row.errors,
    mean: tIntervalFromSummary({ n: row.graded, mean: row.mean, sd: row.sd }),
    histogram: toHistogram(row.histogram),
    modelCostPer1k:
      row.runId === null
        ? null
        : computeCostPer1k({
            cost: row.modelCost,
            pricedAnswers: row.modelPriced ?? 0,
            answered: row.answered ?? 0,
          }),
    judgeCost: row.judged > 0 && row.judgePriced === row.judged ? (row.judgeCost ?? 0) : null,
    isBest: false,
    comparison: null,
  };
}

function hasPeers(rows: readonly TQaJudgingRow[], row: TQaJudgingRow): boolean {
  return rows.some((other) => other.groupKey === row.groupKey && other.judgingId !== row.judgingId);
}

/**
 * One row per completed or running judging of an open-QA dataset (a run judged by two judges gives two rows; the
 * reference answers give the "dataset" row), each tested against the best row of its own judge.
 */
export async function getQaJudgingRows(db: TDb, datasetId: string): Promise<TQaJudgingRow[]> {
  const rows = (await findJudgingAggregates(db, datasetId)).map(toRow);
  const bestByGroup = findBestJudgingIds(rows);
  const pairs = rows
    .filter((row) => row.graded > 0 && bestByGroup.has(row.groupKey) && bestByGroup.get(row.groupKey) !== row.judgingId)
    .map((row) => ({ best: bestByGroup.get(row.groupKey) as string, other: row.judgingId }));
  const grades = await findPairedGrades(db, pairs);
  const others = new Set(pairs.map((pair) => pair.other));
  return rows.map((row) => {
    // A row alone with its judge has nothing to beat: calling it "best" would claim a comparison that never happened.
    if (bestByGroup.get(row.groupKey) === row.judgingId) return { ...row, isBest: hasPeers(rows, row) };
    if (!others.has(row.judgingId)) return row;
    const paired = grades.get(row.judgingId) ?? { best: [], other: [] };
    // No sample graded on both sides: nothing to test, so no verdict either way.
    if (paired.best.length === 0) return row;
    return { ...row, comparison: compareScoresWithBest(paired.best, paired.other) };
  });
}
