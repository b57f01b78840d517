import { z } from "zod";
import type { TDb } from "@/lib/db/prisma";
import { computeCalibrationFigures, type TCalibrationFigures } from "./calibration";
import { LABEL_SCORING_METHODS, type TLabelScoringMethod } from "./label-calls";

type TRunState = {
  id: string;
  status: string;
  generation: number;
  withLogprobs: boolean;
  task: string;
  answerMode: string;
};

// The pairs come out of Postgres as two arrays in one row: a million outputs are two 1M-element arrays, not a
// million row objects.
async function loadCalibrationItems(db: TDb, runId: string) {
  const [row] = await db.$queryRaw<{ confidences: number[] | null; corrects: boolean[] | null; missing: bigint }[]>`
    SELECT array_agg(confidence) FILTER (WHERE confidence IS NOT NULL) AS confidences,
           array_agg(coalesce(correct, false)) FILTER (WHERE confidence IS NOT NULL) AS corrects,
           count(*) FILTER (WHERE confidence IS NULL) AS missing
    FROM "Output" WHERE "runId" = ${runId}::uuid AND "errorKind" IS NULL`;
  const confidences = row?.confidences ?? [];
  const corrects = row?.corrects ?? [];
  const items = confidences.map((confidence, index) => ({ confidence, correct: corrects[index] === true }));
  return { items, missing: Number(row?.missing ?? 0) };
}

async function findRunState(db: TDb, runId: string): Promise<TRunState | null> {
  return db.run.findUnique({
    where: { id: runId },
    select: { id: true, status: true, generation: true, withLogprobs: true, task: true, answerMode: true },
  });
}

/** LOGPROBS runs: answers per label-scoring method (one pass over the run's outputs, once, at completion). */
async function countLabelScoring(db: TDb, runId: string): Promise<Partial<Record<TLabelScoringMethod, number>>> {
  const rows = await db.$queryRaw<{ method: string; count: number }[]>`
    SELECT "labelScoring" AS method, count(*)::int AS count
    FROM "Output" WHERE "runId" = ${runId}::uuid AND "labelScoring" IS NOT NULL
    GROUP BY "labelScoring"`;
  const counts: Partial<Record<TLabelScoringMethod, number>> = {};
  for (const row of rows) {
    const method = LABEL_SCORING_METHODS.find((known) => known === row.method);
    if (method) counts[method] = row.count;
  }
  return counts;
}

/** Computes a completed run's calibration and stores it (RunCalibration); runs without log-probabilities have none. */
export async function storeRunCalibration(db: TDb, runId: string): Promise<TCalibrationFigures | null> {
  const run = await findRunState(db, runId);
  if (!run || !run.withLogprobs || run.task !== "CLASSIFICATION") return null;
  const [{ items, missing }, labelScoring] = await Promise.all([
    loadCalibrationItems(db, runId),
    run.answerMode === "LOGPROBS" ? countLabelScoring(db, runId) : undefined,
  ]);
  const figures: TCalibrationFigures = {
    ...computeCalibrationFigures(items, missing),
    ...(labelScoring ? { labelScoring } : {}),
  };
  if (run.status !== "COMPLETED") return figures;
  const data = { generation: run.generation, figures };
  await db.runCalibration.upsert({ where: { runId }, create: { runId, ...data }, update: data });
  return figures;
}

const ZStoredFigures = z.looseObject({ covered: z.number(), missing: z.number(), bins: z.array(z.unknown()) });

/**
 * The run page's calibration, once the run has completed: its stored figures at its generation (a million outputs
 * are not read again), or computed and stored now (a run completed before its figures were stored). Null for a run
 * still going, or one that asked for no log-probabilities.
 */
export async function findRunCalibration(db: TDb, runId: string): Promise<TCalibrationFigures | null> {
  const [run, stored] = await Promise.all([
    findRunState(db, runId),
    db.runCalibration.findUnique({ where: { runId } }),
  ]);
  if (!run || !run.withLogprobs || run.task !== "CLASSIFICATION" || run.status !== "COMPLETED") return null;
  if (stored?.generation === run.generation && ZStoredFigures.safeParse(stored.figures).success)
    return stored.figures as TCalibrationFigures;
  return storeRunCalibration(db, runId);
}
