import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { listVersions, toVersionSummary } from "./board";
import { buildVersionFigures } from "./figures";
import { scoreRunOnVersion } from "./rescore";

/** A run's figures on each version of its dataset (the run page's version switcher): native or re-scored. */
export async function getRunVersionScores(db: TDb, runId: string) {
  const run = await db.run.findUnique({
    where: { id: runId },
    select: { id: true, datasetId: true, datasetVersionId: true, task: true },
  });
  if (!run) throw new ApiError(404, "run_not_found", `Run ${runId} does not exist.`);
  const versions = await listVersions(db, run.datasetId);
  if (run.task !== "CLASSIFICATION") return { versions: [] };
  const scored = [];
  for (const version of versions) {
    const score = await scoreRunOnVersion(db, run.id, version.id);
    scored.push({
      ...toVersionSummary(version),
      scoring: run.datasetVersionId === version.id ? "native" : "re-scored",
      ...buildVersionFigures(version.labels, score),
    });
  }
  return { versions: scored };
}
