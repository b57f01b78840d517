import type { TDb } from "@/lib/db/prisma";
import { buildJobProgress } from "@/lib/jobs/progress";
import { ApiError } from "@/lib/api/errors";
import { findRunCalibration } from "@/lib/answer-modes/run-calibration";
import { getClassificationMetrics, getRunStats } from "./queries";
import { findClassifierFit } from "@/lib/embedding-classifier/view";
import { findFitProgress } from "@/lib/embedding-classifier/fit-progress-store";
import { isClassifierRun } from "@/lib/embedding-classifier/naming";

/** GET /api/runs/:id: the run, its progress and (for classification) its metrics with intervals. */
export async function getRunView(db: TDb, runId: string) {
  const run = await db.run.findUnique({
    where: { id: runId },
    include: {
      dataset: { select: { id: true, name: true, labels: true } },
      endpoint: { select: { id: true, name: true, model: true, tags: true } },
    },
  });
  if (!run) throw new ApiError(404, "run_not_found", `Run ${runId} does not exist.`);
  const stats = await getRunStats(db, runId);
  const classifier = isClassifierRun(run) ? await findClassifierFit(db, runId) : null;
  const metrics =
    run.task === "CLASSIFICATION" && stats.done > 0
      ? await getClassificationMetrics(db, { id: run.id, labels: run.dataset.labels })
      : null;
  return {
    id: run.id,
    status: run.status,
    task: run.task,
    errorMessage: run.errorMessage,
    dataset: { id: run.dataset.id, name: run.dataset.name },
    endpoint: run.endpoint,
    settings: {
      split: run.split,
      limit: run.sampleLimit,
      shots: run.shots,
      temperature: run.temperature,
      maxTokens: run.maxTokens,
      seed: run.seed,
      promptTemplate: run.promptTemplate,
      answerMode: run.answerMode,
      withLogprobs: run.withLogprobs,
      method: run.method,
    },
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    progress: buildJobProgress(run, stats),
    totals: {
      cost: stats.cost,
      promptTokens: stats.promptTokens,
      completionTokens: stats.completionTokens,
      cachedAnswers: stats.cached,
      latencyP50Ms: stats.latencyP50,
      latencyP95Ms: stats.latencyP95,
      errorsByKind: stats.errorsByKind,
    },
    metrics,
    calibration: await findRunCalibration(db, runId),
    /** An embedding-classifier run's fit on TRAIN (issue 17); null for other runs and before the fit. */
    classifier,
    /** While that fit goes on: its stage and how far it has got; null otherwise. */
    classifierFitProgress: isClassifierRun(run) && classifier === null ? await findFitProgress(db, run) : null,
  };
}

export type TRunView = Awaited<ReturnType<typeof getRunView>>;
