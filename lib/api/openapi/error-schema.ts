import { z } from "zod";

/** lib/api/errors.ts's TErrorBody as a schema: every 4xx and 5xx of the API. */
export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
