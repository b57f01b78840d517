import { z } from "zod";

/** One run to queue on the fine-tuned endpoint when the job succeeds (the settings of lib/runs, TEST by default). */
export const ZFineTuneRunSettings = z.object({
  split: z.enum(["TRAIN", "TEST"]).default("TEST"),
  limit: z.number().int().min(1).max(10_000_000).optional(),
  shots: z.number().int().min(0).max(20).default(0),
  temperature: z.number().min(0).max(2).default(0),
  maxTokens: z.number().int().min(1).max(32_000).optional(),
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
  promptTemplate: z.string().trim().min(1).max(20_000).optional(),
});
export type TFineTuneRunSettings = z.infer<typeof ZFineTuneRunSettings>;

const ZPrice = z.number().min(0).max(10_000);

/**
 * POST /api/finetunes. `confirmedTrainingTokens` is the estimate the user saw and accepted: the job is created (and
 * anything uploaded) only when it still matches the export, so nothing is trained on an estimate nobody confirmed.
 */
export const ZCreateFineTuneInput = z.strictObject({
  datasetId: z.uuid(),
  providerEndpointId: z.uuid(),
  split: z.enum(["TRAIN", "TEST"]).default("TRAIN"),
  validationShare: z.number().min(0).max(0.5).default(0),
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
  nEpochs: z.number().int().min(1).max(50).optional(),
  learningRateMultiplier: z.number().positive().max(10).optional(),
  batchSize: z.number().int().min(1).max(256).optional(),
  suffix: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,40}$/, "letters, digits and dashes, at most 40")
    .optional(),
  trainingPricePerM: ZPrice.optional(),
  inputPricePerM: ZPrice.optional(),
  outputPricePerM: ZPrice.optional(),
  /** Runs to queue on success; omitted: the base model's latest TEST settings on this dataset. */
  runs: z.array(ZFineTuneRunSettings).max(10).optional(),
  confirmedTrainingTokens: z.number().int().min(0),
});
export type TCreateFineTuneInput = z.infer<typeof ZCreateFineTuneInput>;
