import type { TDb } from "@/lib/db/prisma";
import type { TFitProgress } from "./fit-progress";

export type TFitOf = { id: string; generation: number };

/**
 * Writes one step of a fit, only while the run is RUNNING at the fit's generation: one statement is both the write
 * and the check that the fit is still wanted, so a cancel (or a resume, which starts a new generation) is noticed at
 * the next write, with no extra query. False: the run stopped, nothing was written.
 */
export async function writeFitProgress(db: TDb, run: TFitOf, progress: TFitProgress): Promise<boolean> {
  const written = await db.$executeRaw`
    INSERT INTO "RunClassifierFitProgress" ("runId", generation, stage, done, total, "updatedAt")
    SELECT r.id, r.generation, ${progress.stage}::"ClassifierFitStage", ${progress.done}::int, ${progress.total}::int, now()
    FROM "Run" r WHERE r.id = ${run.id}::uuid AND r.status = 'RUNNING' AND r.generation = ${run.generation}::int
    ON CONFLICT ("runId") DO UPDATE
    SET generation = EXCLUDED.generation, stage = EXCLUDED.stage, done = EXCLUDED.done, total = EXCLUDED.total,
        "updatedAt" = EXCLUDED."updatedAt"`;
  return written > 0;
}

/** A stopped fit's progress goes with it: the run page must not show a fit that is not going on. */
export function deleteFitProgress(db: TDb, runId: string) {
  return db.runClassifierFitProgress.deleteMany({ where: { runId } });
}

/** The fit going on for the run's current generation, or null (none yet, or stored, or stopped). */
export async function findFitProgress(
  db: TDb,
  run: TFitOf & { status: string },
): Promise<(TFitProgress & { updatedAt: Date }) | null> {
  if (run.status !== "RUNNING") return null;
  const found = await db.runClassifierFitProgress.findUnique({
    where: { runId: run.id },
    select: { generation: true, stage: true, done: true, total: true, updatedAt: true },
  });
  if (!found || found.generation !== run.generation) return null;
  return { stage: found.stage, done: found.done, total: found.total, updatedAt: found.updatedAt };
}
