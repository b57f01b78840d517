import { z } from "zod";

/**
 * Response schemas describe what a handler returns before JSON encoding, so `reply` can type-check it: a Prisma
 * timestamp is a Date here and becomes an ISO string on the wire (the document says `format: date-time`).
 * Nested objects are loose (`z.looseObject`): the fields named are checked, a field added later does not break
 * clients or the contract test; renaming or retyping a named field does.
 */
export const ZTimestamp = z.date();
export const ZIsoTimestamp = z.string().describe("ISO 8601 timestamp");
export const ZTask = z.enum(["CLASSIFICATION", "OPEN_QA"]);
export const ZSplit = z.enum(["TRAIN", "TEST"]);
export const ZJobStatus = z.string().describe("QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED, ...");
export const JOB_FINISHED = ["COMPLETED", "FAILED", "CANCELLED"] as const;
/** A run's status (RunStatus): the CLI waits for one of JOB_FINISHED. */
export const ZRunStatus = z.enum(["QUEUED", "RUNNING", ...JOB_FINISHED]);
/** An estimate with its 95% interval (null when there is nothing to estimate from). */
export const ZInterval = z.looseObject({
  estimate: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});

/** Queued, done, failed and the rest of a run's or judging's chunks (lib/jobs/progress.ts). */
export const ZProgress = z.looseObject({ total: z.number(), done: z.number() });

export const ZRef = z.looseObject({ id: z.uuid(), name: z.string() });
export const ZEndpointRef = z.looseObject({ id: z.uuid(), name: z.string(), model: z.string() });

/** POST /api/runs and /api/judgings: one record per endpoint (or run); `id` is the first. */
export const ZCreatedIds = z.object({ id: z.uuid().optional(), ids: z.array(z.uuid()) });

export const ZAnyObject = z.looseObject({});
