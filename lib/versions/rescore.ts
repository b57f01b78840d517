import { z } from "zod";
import type { TDb } from "@/lib/db/prisma";
import { aggregateOnVersion, type TVersionScoreCounts } from "./rescore-sql";

const ZCells = z.array(z.object({ expected: z.string(), predicted: z.string().nullable(), count: z.number().int() }));

export type TRunVersionScore = TVersionScoreCounts & { runId: string; versionId: string; generation: number };

type TStoredScore = {
  runId: string;
  versionId: string;
  generation: number;
  outputs: number;
  answered: number;
  errors: number;
  excluded: number;
  cells: unknown;
  aliasCells: unknown;
};

function fromStored(stored: TStoredScore): TRunVersionScore {
  return {
    runId: stored.runId,
    versionId: stored.versionId,
    generation: stored.generation,
    outputs: stored.outputs,
    answered: stored.answered,
    errors: stored.errors,
    excluded: stored.excluded,
    cells: ZCells.parse(stored.cells),
    aliasCells: ZCells.parse(stored.aliasCells),
  };
}

/**
 * The stored scores of these runs on these versions, keyed `runId:versionId`: only those computed at the run's
 * current generation (a resumed run's older score is stale). Pages read these and never aggregate: the re-score job
 * (rescore-job.ts) writes them when a version is created or a run completes.
 */
export async function readRunVersionScores(
  db: TDb,
  runs: readonly { id: string; generation: number }[],
  versionIds: readonly string[],
): Promise<Map<string, TRunVersionScore>> {
  if (runs.length === 0 || versionIds.length === 0) return new Map();
  const stored = await db.runVersionScore.findMany({
    where: { runId: { in: runs.map((run) => run.id) }, versionId: { in: [...versionIds] } },
  });
  const generation = new Map(runs.map((run) => [run.id, run.generation]));
  return new Map(
    stored
      .filter((score) => generation.get(score.runId) === score.generation)
      .map((score) => [`${score.runId}:${score.versionId}`, fromStored(score)]),
  );
}

/**
 * Scores a run on a version in one aggregate over its stored outputs (no model call) and, for a COMPLETED run, stores
 * it at the run's generation (idempotent: a second call writes the same row). A run still going is scored but not
 * stored: its outputs are still arriving. The re-score job calls this; pages only read (readRunVersionScores).
 */
export async function scoreRunOnVersion(db: TDb, runId: string, versionId: string): Promise<TRunVersionScore> {
  const run = await db.run.findUniqueOrThrow({ where: { id: runId }, select: { status: true, generation: true } });
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
