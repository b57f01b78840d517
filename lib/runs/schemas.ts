import { z } from "zod";
import { ZAnswerMode } from "@/lib/answer-modes/modes";

export const ZRunSettings = z.object({
  datasetId: z.uuid(),
  split: z.enum(["TRAIN", "TEST"]).default("TEST"),
  /** Evaluate only the first `limit` samples of the split (by file order). */
  limit: z.number().int().min(1).max(10_000_000).optional(),
  /** k-shot examples, drawn with the run's seed from the TRAIN split (never from the evaluated split). */
  shots: z.number().int().min(0).max(20).default(0),
  temperature: z.number().min(0).max(2).default(0),
  maxTokens: z.number().int().min(1).max(32_000).optional(),
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
  promptTemplate: z.string().trim().min(1).max(20_000).optional(),
  /** How answers are asked for and read (classification only; absent = FREE_TEXT): see lib/answer-modes. */
  answerMode: ZAnswerMode.optional(),
  /** Ask for log-probabilities in any mode, so each output stores the confidence of its answer. */
  withLogprobs: z.boolean().optional(),
});

/** POST /api/runs: one run per endpoint, so comparing models is one request. */
export const ZCreateRunsInput = ZRunSettings.extend({
  endpointIds: z.array(z.uuid()).min(1).max(20).optional(),
  endpointId: z.uuid().optional(),
}).refine((value) => value.endpointIds || value.endpointId, {
  message: "endpointId or endpointIds is required",
  path: ["endpointIds"],
});

export type TRunSettings = z.infer<typeof ZRunSettings>;
export type TCreateRunsInput = z.infer<typeof ZCreateRunsInput>;

export const DEFAULT_MAX_TOKENS = { CLASSIFICATION: 32, OPEN_QA: 1024 } as const;
