import { z } from "zod";

const distinct = (values: readonly string[]) => new Set(values).size === values.length;

/** POST /api/pairwise-judgings (and its preview): contestants, who plays whom, the jury and the rubric. */
export const ZCreatePairwiseInput = z
  .object({
    /** The jury: one judge or several (each judges every call; the jury's verdict is the majority). */
    judgeEndpointIds: z.array(z.uuid()).min(1).max(5).refine(distinct, "the same judge is listed twice"),
    /** Complete open-QA runs of one dataset and split. */
    runIds: z.array(z.uuid()).min(1).max(10),
    /** The dataset's reference answers as one more contestant, named "dataset". */
    includeReference: z.boolean().optional(),
    /** "all": every pair; "baseline": each contestant against `baseline`. */
    schedule: z.enum(["all", "baseline"]).optional(),
    /** A run id of runIds, or "dataset" (with includeReference). */
    baseline: z.union([z.uuid(), z.literal("dataset")]).optional(),
    rubric: z.string().trim().min(1).max(20_000).optional(),
    referenceGuided: z.boolean().optional(),
  })
  .refine((value) => value.schedule !== "baseline" || value.baseline !== undefined, {
    message: "a baseline schedule needs a baseline",
    path: ["baseline"],
  });

export type TCreatePairwiseInput = z.infer<typeof ZCreatePairwiseInput>;

/** POST /api/pairwise-judgings/:id/rejudge: the same contestants, pairs and rubric, judged by another jury. */
export const ZRejudgeInput = z.object({
  judgeEndpointIds: z.array(z.uuid()).min(1).max(5).refine(distinct, "the same judge is listed twice"),
});
