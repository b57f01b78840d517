import type { TDb } from "@/lib/db/prisma";
import {
  computeMetricsFromConfusion,
  confusionFromCells,
  type TConfusionCell,
  type TInterval,
  wilson,
} from "@/lib/metrics";
import { ensureFirstVersion } from "./create";
import { scoreRunOnVersion } from "./rescore";

export type TVersionBoardRow = {
  runId: string;
  endpointName: string;
  shots: number;
  /** The run ran on this version (native) or its stored outputs were re-scored on it. */
  scoring: "native" | "re-scored";
  answered: number;
  excluded: number;
  valid: number;
  correct: number;
  validAccuracy: TInterval;
  accuracy: TInterval;
  macroF1: TInterval;
  /** The second, separately labelled figure: valid accuracy once reviewed aliases name a label for invalid answers. */
  aliasValid: number;
  aliasCorrect: number;
  validAccuracyWithAliases: TInterval;
};

export type TVersionBoard = {
  id: string;
  number: number;
  contentHash: string;
  origin: "UPLOAD" | "REVIEW";
  relabelledCount: number;
  excludedCount: number;
  aliasCount: number;
  createdAt: string;
  rows: TVersionBoardRow[];
};

/** Cells whose predicted label is outside the version's labels count as invalid, as on the main leaderboard. */
function onLabels(labels: readonly string[], cells: readonly TConfusionCell[]): TConfusionCell[] {
  return cells.map(({ expected, predicted, count }) => ({
    expected,
    predicted: predicted !== null && labels.includes(predicted) ? predicted : null,
    count,
  }));
}

/** Valid answers (a label of the version) and correct ones among them. */
export function countValidCorrect(cells: readonly TConfusionCell[]): { valid: number; correct: number } {
  let valid = 0;
  let correct = 0;
  for (const cell of cells) {
    if (cell.predicted === null) continue;
    valid += cell.count;
    if (cell.predicted === cell.expected) correct += cell.count;
  }
  return { valid, correct };
}

/**
 * Per version of a classification dataset, every completed run scored on it: natively (the run's own version) or
 * re-scored from its stored outputs. Headline figures come from the raw answers; the alias figure is separate.
 */
export async function getVersionBoards(
  db: TDb,
  datasetId: string,
  options: { bootstrapSamples?: number } = {},
): Promise<TVersionBoard[]> {
  await ensureFirstVersion(db, datasetId);
  const [versions, runs] = await Promise.all([
    db.datasetVersion.findMany({ where: { datasetId }, orderBy: { number: "asc" } }),
    db.run.findMany({
      where: { datasetId, task: "CLASSIFICATION", status: "COMPLETED" },
      orderBy: { createdAt: "asc" },
      select: { id: true, shots: true, datasetVersionId: true, endpoint: { select: { name: true } } },
    }),
  ]);
  const boards: TVersionBoard[] = [];
  for (const version of versions) {
    const rows: TVersionBoardRow[] = [];
    for (const run of runs) {
      const score = await scoreRunOnVersion(db, run.id, version.id);
      const metrics = computeMetricsFromConfusion(
        confusionFromCells(version.labels, onLabels(version.labels, score.cells)),
        score.errors,
        { samples: options.bootstrapSamples ?? 1000 },
      );
      const aliased = countValidCorrect(onLabels(version.labels, score.aliasCells));
      rows.push({
        runId: run.id,
        endpointName: run.endpoint.name,
        shots: run.shots,
        scoring: run.datasetVersionId === version.id ? "native" : "re-scored",
        answered: metrics.answered,
        excluded: score.excluded,
        valid: metrics.validCount,
        correct: metrics.correct,
        validAccuracy: metrics.validAccuracy,
        accuracy: metrics.accuracy,
        macroF1: metrics.macroF1,
        aliasValid: aliased.valid,
        aliasCorrect: aliased.correct,
        validAccuracyWithAliases: wilson(aliased.correct, aliased.valid),
      });
    }
    const { id, number, contentHash, origin, relabelledCount, excludedCount, aliasCount, createdAt } = version;
    boards.push({
      id,
      number,
      contentHash,
      origin,
      relabelledCount,
      excludedCount,
      aliasCount,
      createdAt: createdAt.toISOString(),
      rows,
    });
  }
  return boards;
}
