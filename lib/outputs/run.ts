import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";

export type TOutputsRun = {
  id: string;
  task: "CLASSIFICATION" | "OPEN_QA";
  status: string;
  datasetId: string;
  datasetName: string;
  labels: string[];
  endpointName: string;
  endpointModel: string;
  /** The run asked for log-probabilities: its answers may carry a confidence (sort and filter by it). */
  withLogprobs: boolean;
  /**
   * The run's dataset version when it corrects some expected labels (null otherwise): the drill-down shows and filters
   * on the labels the run was scored against, and a version without corrections costs no per-row lookup.
   */
  relabelVersionId: string | null;
  /** Judgings of this run, newest first: the score filter and column use the chosen one (default: newest). */
  judgings: { id: string; judgeName: string; createdAt: Date }[];
};

/** The run a drill-down is about; a malformed or unknown id is a 404, the same as a missing run. */
export async function loadOutputsRun(db: TDb, runId: string): Promise<TOutputsRun> {
  const notFound = new ApiError(404, "run_not_found", `Run ${runId} does not exist.`);
  if (!z.uuid().safeParse(runId).success) throw notFound;
  const run = await db.run.findUnique({
    where: { id: runId },
    select: {
      id: true,
      task: true,
      status: true,
      datasetId: true,
      withLogprobs: true,
      datasetVersionId: true,
      dataset: { select: { name: true, labels: true } },
      endpoint: { select: { name: true, model: true } },
      judgings: {
        orderBy: { createdAt: "desc" },
        select: { id: true, createdAt: true, endpoint: { select: { name: true } } },
      },
    },
  });
  if (!run) throw notFound;
  const relabel =
    run.datasetVersionId === null
      ? null
      : await db.sampleOverride.findFirst({
          where: { versionId: run.datasetVersionId, excluded: false, expected: { not: null } },
          select: { sampleId: true },
        });
  return {
    id: run.id,
    task: run.task,
    status: run.status,
    datasetId: run.datasetId,
    datasetName: run.dataset.name,
    labels: run.dataset.labels,
    endpointName: run.endpoint.name,
    endpointModel: run.endpoint.model,
    withLogprobs: run.withLogprobs,
    relabelVersionId: relabel ? run.datasetVersionId : null,
    judgings: run.judgings.map((j) => ({ id: j.id, judgeName: j.endpoint.name, createdAt: j.createdAt })),
  };
}

/** The judging whose scores are shown and filtered: the one asked for, else the newest; null when there is none. */
export function resolveJudgingId(run: TOutputsRun, requested: string | undefined): string | null {
  if (requested === undefined) return run.judgings[0]?.id ?? null;
  if (!run.judgings.some((judging) => judging.id === requested)) {
    throw new ApiError(
      422,
      "invalid_request",
      `Invalid request: judgingId: ${requested} is not a judging of this run.`,
    );
  }
  return requested;
}
