import { z } from "zod";
import {
  ZAnyObject,
  ZEndpointRef,
  ZInterval,
  ZJobStatus,
  ZProgress,
  ZRef,
  ZRunStatus,
  ZSplit,
  ZTask,
  ZTimestamp,
} from "./shared";

const ZRunEndpoint = ZEndpointRef.extend({ tags: z.array(z.string()) });

/** lib/jobs/progress.ts: what `evalboard runs create --wait` draws its bar from. */
const ZRunProgress = ZProgress.extend({
  errors: z.number().int(),
  ratePerSecond: z.number().nullable(),
  etaSeconds: z.number().nullable(),
});

/** A classification run's metrics (null for open-answer runs and before the first answer). */
const ZClassificationMetrics = z.looseObject({
  accuracy: ZInterval,
  validAccuracy: ZInterval,
  validRate: ZInterval,
  macroF1: ZInterval,
});

/** An embedding-classifier run's fit while it goes on (lib/embedding-classifier/fit-progress.ts). */
const ZClassifierFitProgress = z.object({
  stage: z.enum(["EMBEDDING", "CROSS_VALIDATION", "FINAL_FIT"]),
  /** TRAIN texts embedded, cross-validation fits done (folds × L2 candidates), or the final fit done (0 or 1). */
  done: z.number().int(),
  total: z.number().int(),
  updatedAt: ZTimestamp,
});

/** GET /api/runs/:id; the CLI reads it too, in its wire form (lib/api/openapi/wire.ts). */
export const ZRunView = z.looseObject({
  id: z.uuid(),
  status: ZRunStatus,
  task: ZTask,
  errorMessage: z.string().nullable(),
  dataset: ZRef,
  endpoint: ZRunEndpoint,
  settings: z.looseObject({ split: ZSplit, shots: z.number().int(), promptTemplate: z.string() }),
  createdAt: ZTimestamp,
  startedAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
  progress: ZRunProgress,
  totals: z.looseObject({ cost: z.number().nullable(), promptTokens: z.number(), completionTokens: z.number() }),
  metrics: ZClassificationMetrics.nullable(),
  /**
   * Null for other runs, and for an embedding-classifier run once fitted or while not running. Optional: the CLI
   * reads this schema, and must still read a server from before the field.
   */
  classifierFitProgress: ZClassifierFitProgress.nullable().optional(),
});

export const ZRunList = z.object({
  runs: z.array(
    z.looseObject({
      id: z.uuid(),
      status: ZJobStatus,
      task: ZTask,
      shots: z.number().int(),
      split: z.string(),
      createdAt: ZTimestamp,
      finishedAt: ZTimestamp.nullable(),
      dataset: ZRef,
      endpoint: ZRunEndpoint,
      done: z.number().int(),
    }),
  ),
});

const ZOutputItem = z.looseObject({
  sampleId: z.number().int(),
  index: z.number().int(),
  input: z.string(),
  expected: z.string(),
  rawText: z.string().nullable(),
  parsedLabel: z.string().nullable(),
  valid: z.boolean().nullable(),
  correct: z.boolean().nullable(),
  errorKind: z.string().nullable(),
  cached: z.boolean(),
  confidence: z.number().nullable(),
  score: z.number().nullable(),
});

export const ZOutputPage = z.object({ items: z.array(ZOutputItem), nextCursor: z.string().nullable() });

export const ZOutputDetail = z.looseObject({
  runId: z.uuid(),
  task: ZTask,
  sample: z.looseObject({ id: z.number().int(), index: z.number().int(), input: z.string(), expected: z.string() }),
  messages: z.array(z.looseObject({ role: z.string(), content: z.string() })),
  output: z.looseObject({ rawText: z.string().nullable(), valid: z.boolean().nullable(), createdAt: ZTimestamp }),
  judgements: z.array(z.looseObject({ judgingId: z.uuid(), score: z.number().nullable() })),
});

export const ZInvalidGroups = z.object({
  runId: z.uuid(),
  totalInvalid: z.number().int(),
  groups: z.array(z.looseObject({ count: z.number().int() })),
});

export const ZRunPreview = z.looseObject({
  prompt: z.string(),
  sample: z.object({ index: z.number().int(), input: z.string(), expected: z.string() }),
  task: ZTask,
  samples: z.number().int(),
  maxTokens: z.number().int(),
  completionTokensPerSample: z.number(),
  perEndpoint: z.array(ZAnyObject),
  total: ZAnyObject,
});
