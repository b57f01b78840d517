import { z } from "zod";
import { ZAnyObject, ZEndpointRef, ZJobStatus, ZProgress, ZRef, ZTimestamp } from "./shared";

export const ZJudgingView = z.looseObject({
  id: z.uuid(),
  status: ZJobStatus,
  errorMessage: z.string().nullable(),
  target: z.enum(["run", "dataset"]),
  label: z.string(),
  dataset: ZRef,
  judge: ZEndpointRef,
  run: z.looseObject({ id: z.uuid(), status: ZJobStatus, endpoint: ZEndpointRef }).nullable(),
  rubric: z.string(),
  referenceGuided: z.boolean(),
  split: z.string().nullable(),
  selfJudged: z.boolean(),
  createdAt: ZTimestamp,
  startedAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
  progress: ZProgress,
  metrics: ZAnyObject.nullable(),
  totals: ZAnyObject,
  calibration: ZAnyObject.nullable(),
  leaderboardUrl: z.string(),
});

export const ZJudgingList = z.object({
  judgings: z.array(
    z.looseObject({ id: z.uuid(), status: ZJobStatus, runId: z.uuid().nullable(), referenceGuided: z.boolean() }),
  ),
});

export const ZJudgementsPage = z.looseObject({ items: z.array(ZAnyObject) });

export const ZJudgingCancelled = z.object({ id: z.uuid(), status: z.literal("CANCELLED") });
export const ZJudgingResumed = z.object({ id: z.uuid() });
