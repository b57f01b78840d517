import { checkAnswerMode } from "@/lib/answer-modes/check-run";
import { ApiError } from "@/lib/api/errors";
import type { TDb, TPrisma } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { latestVersionId } from "@/lib/versions/latest";
import { DEFAULT_CLASSIFICATION_TEMPLATE, DEFAULT_OPEN_QA_TEMPLATE, validateTemplate } from "./prompt";
import { measureSampleSet } from "./sample-set";
import { DEFAULT_MAX_TOKENS, type TCreateRunsInput, type TRunSettings } from "./schemas";

/** What creating runs needs of the run queue (lib/jobs/control.ts). */
export type TRunEnqueuer = TJobEnqueuer;

/**
 * Creates one QUEUED run per endpoint in one transaction, then asks the workers to dispatch them. If Redis is down
 * at that moment the runs stay QUEUED in Postgres and the reconciler dispatches them later: nothing is lost.
 */
export async function createRuns(
  db: TPrisma,
  queue: TRunEnqueuer,
  input: TCreateRunsInput,
): Promise<{ ids: string[] }> {
  const endpointIds = [...new Set(input.endpointIds ?? [input.endpointId!])];
  const { dataset, template, sampleSet, versionId } = await checkRunSettings(db, input);
  const endpoints = await db.modelEndpoint.findMany({ where: { id: { in: endpointIds } }, select: { id: true } });
  const missing = endpointIds.filter((id) => !endpoints.some((endpoint) => endpoint.id === id));
  if (missing.length > 0)
    throw new ApiError(404, "endpoint_not_found", `Model endpoint ${missing.join(", ")} does not exist.`);

  const runs = await db.$transaction(
    endpointIds.map((endpointId) =>
      db.run.create({
        data: {
          datasetId: dataset.id,
          // The version its sample set was measured on (the latest): recorded, not left to the insert trigger, so a
          // version accepted in between cannot give the run a set it did not measure.
          datasetVersionId: versionId,
          endpointId,
          task: dataset.task,
          promptTemplate: template,
          shots: input.shots,
          temperature: input.temperature,
          maxTokens: input.maxTokens ?? DEFAULT_MAX_TOKENS[dataset.task],
          seed: input.seed,
          split: input.split,
          sampleLimit: input.limit ?? null,
          total: sampleSet.total,
          lastIndex: sampleSet.lastIndex,
          queuePrefix: queue.prefix,
          answerMode: input.answerMode ?? "FREE_TEXT",
          withLogprobs: input.withLogprobs === true || input.answerMode === "LOGPROBS",
        },
        select: { id: true },
      }),
    ),
  );
  for (const run of runs) {
    await queue.enqueueDispatch(run.id).catch((error: unknown) => {
      console.warn(`[runs] run ${run.id} stays QUEUED until the reconciler dispatches it: ${String(error)}`);
    });
  }
  return { ids: runs.map((run) => run.id) };
}

/** The checks made before any run is written; the preview (POST /api/runs/preview) makes the same ones. */
export async function checkRunSettings(db: TDb, input: TRunSettings) {
  const found = await db.dataset.findUnique({
    where: { id: input.datasetId },
    select: { id: true, task: true, trainCount: true, labels: true },
  });
  if (!found) throw new ApiError(404, "dataset_not_found", `Dataset ${input.datasetId} does not exist.`);
  // A run evaluates the dataset's latest version: its label set (a review may have added one) and its samples.
  const versionId = await latestVersionId(db, found.id);
  const version = versionId
    ? await db.datasetVersion.findUnique({ where: { id: versionId }, select: { labels: true } })
    : null;
  const dataset = { ...found, labels: version?.labels ?? found.labels };
  if (input.shots > 0 && input.split === "TRAIN") {
    throw new ApiError(
      422,
      "shots_from_evaluated_split",
      "k-shot examples come from the TRAIN split, so a k-shot run must evaluate the TEST split.",
    );
  }
  // k-shot examples come from the TRAIN samples the version keeps (its exclusions left out).
  const train =
    input.shots > 0 && versionId
      ? (await measureSampleSet(db, { datasetId: found.id, split: "TRAIN", versionId })).total
      : dataset.trainCount;
  if (input.shots > train) {
    const where = train === dataset.trainCount ? "this dataset has" : "its latest version keeps";
    throw new ApiError(
      422,
      "not_enough_train_samples",
      `${input.shots}-shot needs ${input.shots} TRAIN samples; ${where} ${train}.`,
    );
  }
  const template =
    input.promptTemplate ??
    (dataset.task === "CLASSIFICATION" ? DEFAULT_CLASSIFICATION_TEMPLATE : DEFAULT_OPEN_QA_TEMPLATE);
  const templateProblem = validateTemplate(template, dataset.task);
  if (templateProblem)
    throw new ApiError(422, "invalid_prompt_template", templateProblem, [
      { path: "promptTemplate", message: templateProblem },
    ]);

  checkAnswerMode(input, dataset);
  const sampleSet = await measureSampleSet(db, { ...input, versionId });
  if (sampleSet.total === 0)
    throw new ApiError(422, "empty_split", `The ${input.split} split of this dataset has no samples.`);
  return { dataset, template, sampleSet, versionId };
}
