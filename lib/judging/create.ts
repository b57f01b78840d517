import { ApiError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/db/generated/client";
import type { TDb, TPrisma } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { DEFAULT_RUBRIC, pickDefaultRubric, usesReference, validateRubric } from "./rubric";
import { countHumanScores, measureReferenceSet } from "./sample-set";
import type { TCreateJudgingsInput } from "./schemas";

/** What creating judgings needs of the judging queue (lib/jobs/control.ts). */
export type TJudgingEnqueuer = TJobEnqueuer;

type TRunRow = { id: string; datasetId: string; task: string; split: "TRAIN" | "TEST"; lastIndex: number };

/**
 * Creates one QUEUED judging per run (and one for the dataset's reference answers when asked) in one transaction,
 * then asks the workers to dispatch them. A judging of a run that is still going waits QUEUED until the run has
 * finished; the reconciler looks again. If Redis is down, the reconciler dispatches them later: nothing is lost.
 */
export async function createJudgings(
  db: TPrisma,
  queue: TJudgingEnqueuer,
  input: TCreateJudgingsInput,
): Promise<{ ids: string[] }> {
  const judge = await db.modelEndpoint.findUnique({ where: { id: input.judgeEndpointId }, select: { id: true } });
  if (!judge) throw new ApiError(404, "endpoint_not_found", `Judge endpoint ${input.judgeEndpointId} does not exist.`);
  const runs = await loadRuns(db, input);
  const datasetId = runs[0]?.datasetId ?? input.datasetId!;
  const dataset = await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true, task: true } });
  if (!dataset) throw new ApiError(404, "dataset_not_found", `Dataset ${datasetId} does not exist.`);
  if (dataset.task !== "OPEN_QA") {
    throw new ApiError(422, "not_open_qa", "Only open-QA datasets and runs can be judged.", [{ path: "datasetId" }]);
  }

  const rubric = input.rubric ?? pickDefaultRubric(input.referenceGuided ?? false);
  const problem = validateRubric(rubric);
  if (problem) throw new ApiError(422, "invalid_rubric", problem, [{ path: "rubric", message: problem }]);
  const includeReference = input.includeReference ?? runs.length === 0;
  if (!includeReference && runs.length === 0) {
    throw new ApiError(422, "nothing_to_judge", "Give runIds, or includeReference to judge the reference answers.");
  }
  if (input.humanScoreField && !includeReference) {
    throw new ApiError(422, "calibration_needs_references", "humanScoreField applies to the reference answers.");
  }

  const common = { judgeEndpointId: judge.id, datasetId, queuePrefix: queue.prefix };
  const rows: Prisma.JudgingUncheckedCreateInput[] = runs.map((run) => ({
    ...common,
    runId: run.id,
    rubric,
    referenceGuided: usesReference(rubric),
    split: run.split,
    lastIndex: run.lastIndex,
    total: 0, // fixed at dispatch, once the run has finished: its answered outputs
  }));
  if (includeReference) rows.push({ ...common, runId: null, ...(await baselineFields()) });

  const created = await db.$transaction(rows.map((data) => db.judging.create({ data, select: { id: true } })));
  for (const judging of created) {
    await queue.enqueueDispatch(judging.id).catch((error: unknown) => {
      console.warn(`[judging] ${judging.id} stays QUEUED until the reconciler dispatches it: ${String(error)}`);
    });
  }
  return { ids: created.map((judging) => judging.id) };

  /** A calibration needs human scores, all on the declared scale when there is one. */
  async function checkHumanScores(field: string) {
    const scale =
      input.humanScaleMin !== undefined && input.humanScaleMax !== undefined
        ? { min: input.humanScaleMin, max: input.humanScaleMax }
        : undefined;
    const { scored, offScale } = await countHumanScores(db, datasetId, field, scale);
    if (scored === 0) {
      throw new ApiError(422, "no_human_scores", `No sample has a numeric "${field}" in its metadata.`, [
        { path: "humanScoreField" },
      ]);
    }
    if (scale && offScale > 0) {
      throw new ApiError(
        422,
        "human_scores_off_scale",
        `${offScale} sample(s) have a "${field}" outside the human scale ${scale.min}-${scale.max}.`,
        [{ path: "humanScaleMin" }, { path: "humanScaleMax" }],
      );
    }
  }

  async function baselineFields() {
    const split = input.split === "ALL" ? null : (input.split ?? runs[0]?.split ?? "TEST");
    const maxIndex = runs.length > 0 ? Math.max(...runs.map((run) => run.lastIndex)) : null;
    const set = await measureReferenceSet(db, { datasetId, split, limit: input.limit ?? null, maxIndex });
    if (set.total === 0) throw new ApiError(422, "empty_split", `The dataset has no ${split ?? ""} samples to judge.`);
    if (input.humanScoreField) await checkHumanScores(input.humanScoreField);
    // A reference cannot be graded against itself: the baseline always uses a rubric without {{reference}}.
    const baselineRubric = usesReference(rubric) ? DEFAULT_RUBRIC : rubric;
    return {
      rubric: baselineRubric,
      referenceGuided: false,
      split,
      lastIndex: set.lastIndex,
      total: set.total,
      humanScoreField: input.humanScoreField ?? null,
      humanScaleMin: input.humanScaleMin ?? null,
      humanScaleMax: input.humanScaleMax ?? null,
    };
  }
}

async function loadRuns(db: TDb, input: TCreateJudgingsInput): Promise<TRunRow[]> {
  const runIds = [...new Set(input.runIds ?? [])];
  if (runIds.length === 0) return [];
  const runs = await db.run.findMany({
    where: { id: { in: runIds } },
    select: { id: true, datasetId: true, task: true, split: true, lastIndex: true },
  });
  const missing = runIds.filter((id) => !runs.some((run) => run.id === id));
  if (missing.length > 0) throw new ApiError(404, "run_not_found", `Run ${missing.join(", ")} does not exist.`);
  const closed = runs.find((run) => run.task !== "OPEN_QA");
  if (closed)
    throw new ApiError(422, "not_open_qa", `Run ${closed.id} is not an open-QA run: it has no answers to judge.`);
  const datasets = new Set(runs.map((run) => run.datasetId));
  if (datasets.size > 1 || (input.datasetId && !datasets.has(input.datasetId))) {
    throw new ApiError(422, "mixed_datasets", "Every run of one judging request must be on the same dataset.");
  }
  // In the order asked for, so ids[i] answers runIds[i].
  return runIds.map((id) => runs.find((run) => run.id === id)!);
}
