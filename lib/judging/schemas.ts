import { z } from "zod";

/** POST /api/judgings: one judging per run, plus optionally one for the dataset's reference answers. */
export const ZCreateJudgingsInput = z
  .object({
    judgeEndpointId: z.uuid(),
    /** Runs whose answers are judged (open QA runs of one dataset). */
    runIds: z.array(z.uuid()).min(1).max(20).optional(),
    /** Judge the dataset's reference answers (the "dataset" baseline row); implied when only datasetId is given. */
    datasetId: z.uuid().optional(),
    includeReference: z.boolean().optional(),
    /** Baseline only: the split whose references are graded (default: the runs' split, else TEST). */
    split: z.enum(["TRAIN", "TEST", "ALL"]).optional(),
    /** Baseline only: the first `limit` samples of the split (default: the runs' sample set, else all). */
    limit: z.number().int().min(1).max(10_000_000).optional(),
    rubric: z.string().trim().min(1).max(20_000).optional(),
    referenceGuided: z.boolean().optional(),
    /** Calibration: the Sample.metadata key that holds a human score for each reference answer. */
    humanScoreField: z.string().trim().min(1).max(200).optional(),
    /** Calibration: the human scale (e.g. 1 and 4), when the graded set may not use its extremes. */
    humanScaleMin: z.number().int().min(-1000).max(1000).optional(),
    humanScaleMax: z.number().int().min(-1000).max(1000).optional(),
  })
  .refine((value) => value.runIds || value.datasetId, {
    message: "runIds or datasetId is required",
    path: ["runIds"],
  })
  .refine((value) => (value.humanScaleMin === undefined) === (value.humanScaleMax === undefined), {
    message: "give both ends of the human scale, or neither",
    path: ["humanScaleMax"],
  })
  .refine(
    (value) =>
      value.humanScaleMin === undefined ||
      value.humanScaleMax === undefined ||
      value.humanScaleMin < value.humanScaleMax,
    {
      message: "the human scale's highest grade must be above its lowest",
      path: ["humanScaleMax"],
    },
  )
  .refine((value) => value.humanScaleMin === undefined || value.humanScoreField !== undefined, {
    message: "a human scale needs humanScoreField",
    path: ["humanScaleMin"],
  });

export type TCreateJudgingsInput = z.infer<typeof ZCreateJudgingsInput>;

/** Long enough for a short explanation and the rating; MT-Bench allows 2048, graders rarely need half. */
export const JUDGE_MAX_TOKENS = 1024;
export const JUDGE_TEMPERATURE = 0;
export const JUDGE_SEED = 1;
