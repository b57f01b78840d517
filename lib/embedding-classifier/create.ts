import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { TPrisma } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { measureSampleSet } from "@/lib/runs/sample-set";
import { latestVersionId } from "@/lib/versions/latest";
import { DEFAULT_FOLDS } from "./cross-validate";
import { EMBEDDING_CLASSIFIER } from "./naming";

/** POST /api/runs/embedding-classifier: a classification dataset, an endpoint that serves embeddings. */
export const ZCreateClassifierRunInput = z.strictObject({
  datasetId: z.uuid(),
  endpointId: z.uuid(),
  /** The first `limit` TEST samples (by file order), like a run's limit; TRAIN is always fitted on whole. */
  limit: z.number().int().min(1).max(10_000_000).optional(),
});
export type TCreateClassifierRunInput = z.infer<typeof ZCreateClassifierRunInput>;

/** What the run stores as its "prompt": the text embedded is the sample's input, as it is. */
export const CLASSIFIER_PROMPT = "{{input}}";

/**
 * Queues an embedding-classifier run: a run of the endpoint on the dataset's TEST split whose answers come from a
 * logistic regression fitted on TRAIN's embeddings (lib/embedding-classifier/fit-run.ts, by the workers). Refused
 * before anything is written when the dataset is not a classification one or its splits cannot support a fit.
 */
export async function createClassifierRun(
  db: TPrisma,
  queue: TJobEnqueuer,
  input: TCreateClassifierRunInput,
): Promise<{ id: string }> {
  const dataset = await db.dataset.findUnique({
    where: { id: input.datasetId },
    select: { id: true, task: true, trainCount: true },
  });
  if (!dataset) throw new ApiError(404, "dataset_not_found", `Dataset ${input.datasetId} does not exist.`);
  if (dataset.task !== "CLASSIFICATION")
    throw new ApiError(422, "not_classification", "An embedding classifier needs a classification dataset.", [
      { path: "datasetId", message: "this dataset is open QA" },
    ]);
  const [{ trainLabels } = { trainLabels: 0 }] = await db.$queryRaw<{ trainLabels: number }[]>`
    SELECT count(DISTINCT expected)::int AS "trainLabels" FROM "Sample"
    WHERE "datasetId" = ${dataset.id}::uuid AND split = 'TRAIN'`;
  if (dataset.trainCount < 2 * DEFAULT_FOLDS || trainLabels < 2)
    throw new ApiError(
      422,
      "not_enough_train_samples",
      `Fitting with ${DEFAULT_FOLDS}-fold cross-validation needs at least ${2 * DEFAULT_FOLDS} TRAIN rows with two ` +
        `labels; this dataset has ${dataset.trainCount} TRAIN rows with ${trainLabels} label(s).`,
      [{ path: "datasetId", message: "too few TRAIN rows" }],
    );
  const endpoint = await db.modelEndpoint.findUnique({ where: { id: input.endpointId }, select: { id: true } });
  if (!endpoint) throw new ApiError(404, "endpoint_not_found", `Model endpoint ${input.endpointId} does not exist.`);
  // Like any run: the dataset's latest version (its exclusions left out of TEST and TRAIN, its corrected labels).
  const versionId = await latestVersionId(db, dataset.id);
  const sampleSet = await measureSampleSet(db, { datasetId: dataset.id, split: "TEST", limit: input.limit, versionId });
  if (sampleSet.total === 0) throw new ApiError(422, "empty_split", "The TEST split of this dataset has no samples.");
  const run = await db.run.create({
    data: {
      datasetId: dataset.id,
      endpointId: endpoint.id,
      task: "CLASSIFICATION",
      method: EMBEDDING_CLASSIFIER,
      promptTemplate: CLASSIFIER_PROMPT,
      split: "TEST",
      sampleLimit: input.limit ?? null,
      total: sampleSet.total,
      lastIndex: sampleSet.lastIndex,
      queuePrefix: queue.prefix,
      datasetVersionId: versionId,
      // Every output carries the classifier's probability as its confidence, so the run stores its calibration.
      withLogprobs: true,
    },
    select: { id: true },
  });
  await queue.enqueueDispatch(run.id).catch((error: unknown) => {
    console.warn(`[runs] run ${run.id} stays QUEUED until the reconciler dispatches it: ${String(error)}`);
  });
  return { id: run.id };
}
