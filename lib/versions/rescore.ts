import { z } from "zod";
import type { TDb } from "@/lib/db/prisma";
import { aggregateOnVersion, type TVersionScoreCounts } from "./rescore-sql";

const ZCells = z.array(z.object({ expected: z.string(), predicted: z.string().nullable(), count: z.number().int() }));

export type TRunVersionScore = TVersionScoreCounts & { runId: string; versionId: string; generation: number };

/**
 * A finished run's figures on a version: the stored score when it was computed at the run's current generation,
 * otherwise one aggregate over its outputs (stored for next time). A run still in progress is aggregated but not
 * stored: its outputs are still arriving.
 */
export async function scoreRunOnVersion(db: TDb, runId: string, versionId: string): Promise<TRunVersionScore> {
  const [run, stored] = await Promise.all([
    db.run.findUniqueOrThrow({ where: { id: runId }, select: { status: true, generation: true } }),
    db.runVersionScore.findUnique({ where: { runId_versionId: { runId, versionId } } }),
  ]);
  if (stored && stored.generation === run.generation && run.status === "COMPLETED") {
    return {
      runId,
      versionId,
      generation: stored.generation,
      outputs: stored.outputs,
      answered: stored.answered,
      errors: stored.errors,
      excluded: stored.excluded,
      cells: ZCells.parse(stored.cells),
      aliasCells: ZCells.parse(stored.aliasCells),
    };
  }
  const counts = await aggregateOnVersion(db, runId, versionId);
  const score = { runId, versionId, generation: run.generation, ...counts };
  if (run.status !== "COMPLETED") return score;
  const data = { ...counts, generation: run.generation };
  await db.runVersionScore.upsert({
    where: { runId_versionId: { runId, versionId } },
    create: { runId, versionId, ...data },
    update: data,
  });
  return score;
}
