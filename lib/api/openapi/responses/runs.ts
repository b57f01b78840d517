import { z } from "zod";
import { ZAnyObject, ZEndpointRef, ZJobStatus, ZProgress, ZRef, ZTask, ZTimestamp } from "./shared";

const ZRunEndpoint = ZEndpointRef.extend({ tags: z.array(z.string()) });

export const ZRunView = z.looseObject({
  id: z.uuid(),
  status: ZJobStatus,
  task: ZTask,
  errorMessage: z.string().nullable(),
  dataset: ZRef,
  endpoint: ZRunEndpoint,
  settings: z.looseObject({ split: z.string(), shots: z.number().int(), promptTemplate: z.string() }),
  createdAt: ZTimestamp,
  startedAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
  progress: ZProgress,
  totals: z.looseObject({ cost: z.number().nullable(), promptTokens: z.number(), completionTokens: z.number() }),
  metrics: ZAnyObject.nullable(),
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
