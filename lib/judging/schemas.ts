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
  })
  .refine((value) => value.runIds || value.datasetId, {
    message: "runIds or datasetId is required",
    path: ["runIds"],
  });

export type TCreateJudgingsInput = z.infer<typeof ZCreateJudgingsInput>;

/** Long enough for a short explanation and the rating; MT-Bench allows 2048, graders rarely need half. */
export const JUDGE_MAX_TOKENS = 1024;
export const JUDGE_TEMPERATURE = 0;
export const JUDGE_SEED = 1;
