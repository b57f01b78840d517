import type { TDb } from "@/lib/db/prisma";
import { ensureFirstVersion } from "./create";
import { buildVersionFigures, type TVersionFigures } from "./figures";
import { readRunVersionScores } from "./rescore";
import { classifierRunName, isClassifierRun } from "@/lib/embedding-classifier/naming";

export type TVersionBoardRow = TVersionFigures & {
  runId: string;
  endpointName: string;
  shots: number;
  /** GENERATE, or EMBEDDING_CLASSIFIER (then `endpointName` is "<endpoint> + logistic regression"). */
  method: string;
  /** The run ran on this version (native) or its stored outputs were re-scored on it. */
  scoring: "native" | "re-scored";
};

export type TVersionSummary = {
  id: string;
  number: number;
  contentHash: string;
  origin: "UPLOAD" | "REVIEW";
  relabelledCount: number;
  excludedCount: number;
  aliasCount: number;
  createdAt: string;
};

/** A completed run whose score on a version the re-score job has not stored yet (seconds after an accept). */
export type TPendingBoardRow = Pick<TVersionBoardRow, "runId" | "endpointName" | "shots" | "method" | "scoring">;

export type TVersionBoard = TVersionSummary & { rows: TVersionBoardRow[]; pending: TPendingBoardRow[] };

/** The dataset's versions, oldest first (version 1 created for a dataset that predates versions). */
export async function listVersions(db: TDb, datasetId: string) {
  await ensureFirstVersion(db, datasetId);
  return db.datasetVersion.findMany({ where: { datasetId }, orderBy: { number: "asc" } });
}

export function toVersionSummary(version: Awaited<ReturnType<typeof listVersions>>[number]): TVersionSummary {
  const { id, number, contentHash, origin, relabelledCount, excludedCount, aliasCount, createdAt } = version;
  return {
    id,
    number,
    contentHash,
    origin,
    relabelledCount,
    excludedCount,
    aliasCount,
    createdAt: createdAt.toISOString(),
  };
}

/**
 * Per version of a classification dataset, every completed run scored on it: natively (the run's own version) or
 * re-scored from its stored outputs, no model call. Only reads the stored scores (RunVersionScore): the re-score job
 * (rescore-job.ts) writes them when a version is created or a run completes; a run not scored yet is `pending`.
 */
export async function getVersionBoards(
  db: TDb,
  datasetId: string,
  options: { bootstrapSamples?: number } = {},
): Promise<TVersionBoard[]> {
  const [versions, runs] = await Promise.all([
    listVersions(db, datasetId),
    db.run.findMany({
      where: { datasetId, task: "CLASSIFICATION", status: "COMPLETED" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        shots: true,
        method: true,
        generation: true,
        datasetVersionId: true,
        endpoint: { select: { name: true } },
      },
    }),
  ]);
  const scores = await readRunVersionScores(
    db,
    runs,
    versions.map((version) => version.id),
  );
  return versions.map((version) => {
    const rows: TVersionBoardRow[] = [];
    const pending: TPendingBoardRow[] = [];
    for (const run of runs) {
      const row = {
        runId: run.id,
        endpointName: isClassifierRun(run) ? classifierRunName(run.endpoint.name) : run.endpoint.name,
        shots: run.shots,
        method: run.method,
        scoring: run.datasetVersionId === version.id ? ("native" as const) : ("re-scored" as const),
      };
      const score = scores.get(`${run.id}:${version.id}`);
      if (score) rows.push({ ...row, ...buildVersionFigures(version.labels, score, options) });
      else pending.push(row);
    }
    return { ...toVersionSummary(version), rows, pending };
  });
}
