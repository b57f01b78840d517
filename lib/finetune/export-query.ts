import { z } from "zod";

/** The export's settings, as the page's form and GET /api/datasets/{id}/finetune-export read them. */
export const ZExportQuery = z.object({
  split: z.enum(["TRAIN", "TEST"]).default("TRAIN"),
  validationShare: z.coerce.number().min(0).max(0.5).default(0),
  seed: z.coerce.number().int().min(0).max(2_147_483_647).default(1),
  /** USD per million training tokens at the provider (OpenAI gpt-4.1-mini: 5); empty when unknown. */
  trainingPricePerM: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().min(0).max(10_000).optional(),
  ),
  /** What to answer: the summary (JSON), or one of the two files (JSONL download). */
  file: z.enum(["summary", "training", "validation"]).default("summary"),
});

export type TExportQuery = z.infer<typeof ZExportQuery>;
