import type { TDb } from "@/lib/db/prisma";
import { bootstrapMean, type TBootstrapOptions } from "@/lib/metrics";
import { computeTokenF1 } from "@/lib/metrics/token-f1";
import type { TQaReferenceRow } from "./qa-types";
import { computeCostPer1k } from "./rank";

type TRunTotals = { runId: string; answered: number; errors: number; cost: number | null; priced: number };

async function findRunTotals(db: TDb, runIds: string[]) {
  return db.$queryRaw<TRunTotals[]>`
    SELECT o."runId"::text AS "runId",
           count(*) FILTER (WHERE o."errorKind" IS NULL)::int AS answered,
           count(*) FILTER (WHERE o."errorKind" IS NOT NULL)::int AS errors,
           sum((o."promptTokens" * e."inputPricePerM" + o."completionTokens" * e."outputPricePerM") / 1e6)
             FILTER (WHERE o."errorKind" IS NULL)::float8 AS cost,
           count(*) FILTER (WHERE o."errorKind" IS NULL AND o."promptTokens" IS NOT NULL
             AND o."completionTokens" IS NOT NULL AND e."inputPricePerM" IS NOT NULL
             AND e."outputPricePerM" IS NOT NULL)::int AS priced
    FROM "Output" o JOIN "Run" r ON r.id = o."runId" JOIN "ModelEndpoint" e ON e.id = r."endpointId"
    WHERE o."runId" = ANY(${runIds}::uuid[])
    GROUP BY 1`;
}

/**
 * Answer texts and reference answers; each reference is sent once, however many runs answered its sample. Answers
 * come in sample order: the seeded bootstrap resamples by position, so any other order would move the interval.
 */
async function findAnswerTexts(db: TDb, runIds: string[]) {
  const [answers, references] = await Promise.all([
    db.$queryRaw<{ runId: string; sampleId: number; text: string | null }[]>`
      SELECT "runId"::text AS "runId", "sampleId", "rawText" AS text FROM "Output"
      WHERE "runId" = ANY(${runIds}::uuid[]) AND "errorKind" IS NULL
      ORDER BY "sampleId"`,
    db.$queryRaw<{ sampleId: number; expected: string }[]>`
      SELECT s.id AS "sampleId", s.expected FROM "Sample" s
      WHERE s.id IN (SELECT "sampleId" FROM "Output" WHERE "runId" = ANY(${runIds}::uuid[]) AND "errorKind" IS NULL)`,
  ]);
  return { answers, references: new Map(references.map((row) => [row.sampleId, row.expected])) };
}

/**
 * Token F1 of every answered sample of each run against its reference answer, computed on read (a few milliseconds
 * per thousand answers, so nothing is stored), as a mean with a seeded bootstrap 95% interval. An answer with no text
 * scores 0; a failed call is an error, not an answer.
 */
export async function getQaReferenceRows(
  db: TDb,
  datasetId: string,
  options: TBootstrapOptions = {},
): Promise<TQaReferenceRow[]> {
  const runs = await db.run.findMany({
    where: { datasetId, task: "OPEN_QA", status: { in: ["COMPLETED", "RUNNING"] } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      shots: true,
      total: true,
      endpoint: { select: { id: true, name: true, model: true, tags: true } },
    },
  });
  if (runs.length === 0) return [];
  const runIds = runs.map((run) => run.id);
  const [totals, texts] = await Promise.all([findRunTotals(db, runIds), findAnswerTexts(db, runIds)]);
  const scores = new Map<string, number[]>(runIds.map((id) => [id, []]));
  for (const answer of texts.answers) {
    scores.get(answer.runId)?.push(computeTokenF1(answer.text ?? "", texts.references.get(answer.sampleId) ?? ""));
  }
  const totalsByRun = new Map(totals.map((row) => [row.runId, row]));
  return runs.map((run) => {
    const values = scores.get(run.id) ?? [];
    const runTotals = totalsByRun.get(run.id);
    const mean = values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
    return {
      runId: run.id,
      endpoint: run.endpoint,
      shots: run.shots,
      status: run.status as "COMPLETED" | "RUNNING",
      partial: run.status === "RUNNING",
      total: run.total,
      answered: runTotals?.answered ?? 0,
      errors: runTotals?.errors ?? 0,
      tokenF1: { estimate: mean, ...bootstrapMean(values, options) },
      costPer1k: computeCostPer1k({
        cost: runTotals?.cost ?? null,
        pricedAnswers: runTotals?.priced ?? 0,
        answered: runTotals?.answered ?? 0,
      }),
    };
  });
}
