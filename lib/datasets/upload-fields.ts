import { z } from "zod";
import { hasNul, NUL_MESSAGE } from "@/lib/api/text";
import { ZColumnMapping } from "./mapping";

export const DEFAULT_TEST_FRACTION = 0.2;
export const DEFAULT_SPLIT_SEED = 42;
export const MAX_DATASET_NAME = 200;

export const ZDatasetTask = z.enum(["CLASSIFICATION", "OPEN_QA"]);

/** A JSON-encoded form field: "{...}" in the form, an object after parsing. */
const ZJsonMapping = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: 'must be a JSON object like {"input":"text","expected":"label"}' });
      return z.NEVER;
    }
  })
  .pipe(ZColumnMapping);

/** The text fields of `POST /api/datasets`; the file part follows them. */
export const ZUploadFields = z.object({
  // Multipart fields do not pass apiRoute's JSON checks: a NUL would reach Postgres as a 500.
  name: z
    .string({ error: "Enter a name for the dataset." })
    .trim()
    .min(1, "Enter a name for the dataset.")
    .max(MAX_DATASET_NAME, `At most ${MAX_DATASET_NAME} characters.`)
    .refine((name) => !hasNul(name), NUL_MESSAGE),
  task: ZDatasetTask,
  mapping: ZJsonMapping.optional(),
  testFraction: z.coerce
    .number()
    .min(0, "The test fraction is between 0 and 1.")
    .max(1, "The test fraction is between 0 and 1.")
    .default(DEFAULT_TEST_FRACTION),
  seed: z.coerce.number().int().min(0).max(2_147_483_647).default(DEFAULT_SPLIT_SEED),
});

export type TUploadFields = z.infer<typeof ZUploadFields>;

/** The fields of `POST /api/datasets/preview`: the first slice of the file, and optionally the mapping to check. */
export const ZPreviewFields = z.object({
  task: ZDatasetTask.optional(),
  mapping: ZJsonMapping.optional(),
  /** "true" when the slice is only the start of the file: its last row may be cut short. */
  truncated: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});

export type TPreviewFields = z.infer<typeof ZPreviewFields>;

/** Empty form fields mean "not given", so defaults apply. */
export function withoutEmptyFields(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ""));
}
