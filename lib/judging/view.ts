import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { buildJobProgress } from "@/lib/jobs/progress";
import { getCalibration } from "./calibration";
import { computeJudgingMetrics } from "./metrics";
import { getJudgingStats } from "./queries";
import { isSelfJudged } from "./self-preference";

/** GET /api/judgings/:id: the judging, its progress, grades with intervals, cost and (calibration) agreement. */
export async function getJudgingView(db: TDb, judgingId: string) {
  const judging = await db.judging.findUnique({
    where: { id: judgingId },
    include: {
      dataset: { select: { id: true, name: true } },
      endpoint: { select: { id: true, name: true, model: true } },
      run: { select: { id: true, status: true, endpoint: { select: { id: true, name: true, model: true } } } },
    },
  });
  if (!judging) throw new ApiError(404, "judging_not_found", `Judging ${judgingId} does not exist.`);
  const stats = await getJudgingStats(db, judgingId);
  const answering = judging.run?.endpoint ?? null;
  return {
    id: judging.id,
    status: judging.status,
    errorMessage: judging.errorMessage,
    /** "run": a run's answers; "dataset": the dataset's reference answers (the baseline row). */
    target: judging.runId ? ("run" as const) : ("dataset" as const),
    label: answering?.name ?? "dataset",
    dataset: judging.dataset,
    judge: judging.endpoint,
    run: judging.run ? { id: judging.run.id, status: judging.run.status, endpoint: judging.run.endpoint } : null,
    rubric: judging.rubric,
    referenceGuided: judging.referenceGuided,
    split: judging.split,
    selfJudged: isSelfJudged(judging.endpoint, answering),
    createdAt: judging.createdAt,
    startedAt: judging.startedAt,
    finishedAt: judging.finishedAt,
    progress: buildJobProgress(judging, stats),
    metrics: computeJudgingMetrics(stats),
    totals: {
      cost: stats.cost,
      promptTokens: stats.promptTokens,
      completionTokens: stats.completionTokens,
      cachedJudgements: stats.cached,
      latencyP50Ms: stats.latencyP50,
      errorsByKind: stats.errorsByKind,
    },
    calibration: judging.humanScoreField ? await getCalibration(db, judging) : null,
    leaderboardUrl: `/leaderboard?datasetId=${judging.datasetId}`,
  };
}

export type TJudgingView = Awaited<ReturnType<typeof getJudgingView>>;
