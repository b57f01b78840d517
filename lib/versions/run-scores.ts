import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { listVersions, toVersionSummary } from "./board";
import { buildVersionFigures } from "./figures";
import { readRunVersionScores } from "./rescore";

/**
 * A run's figures on each version of its dataset (the run page's version switcher): native or re-scored, read from
 * the stored scores; a version the re-score job has not reached yet is `pending` (no figures).
 */
export async function getRunVersionScores(db: TDb, runId: string) {
  const run = await db.run.findUnique({
    where: { id: runId },
    select: { id: true, datasetId: true, datasetVersionId: true, task: true, generation: true },
  });
  if (!run) throw new ApiError(404, "run_not_found", `Run ${runId} does not exist.`);
  const versions = await listVersions(db, run.datasetId);
  if (run.task !== "CLASSIFICATION") return { versions: [] };
  const scores = await readRunVersionScores(
    db,
    [run],
    versions.map((version) => version.id),
  );
  return {
    versions: versions.map((version) => {
      const summary = {
        ...toVersionSummary(version),
        scoring: run.datasetVersionId === version.id ? ("native" as const) : ("re-scored" as const),
      };
      const score = scores.get(`${run.id}:${version.id}`);
      return score
        ? { ...summary, pending: false as const, ...buildVersionFigures(version.labels, score) }
        : { ...summary, pending: true as const };
    }),
  };
}
