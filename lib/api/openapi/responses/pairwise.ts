import { z } from "zod";
import { ZAnyObject, ZEndpointRef, ZJobStatus, ZProgress, ZTimestamp } from "./shared";

// Pairwise judgings (lib/pairwise) and the single-answer jury (lib/judging/jury.ts).

const ZEstimate = z.looseObject({
  perEndpoint: z.array(ZAnyObject),
  total: z.looseObject({ cost: z.number().nullable(), knownCost: z.number(), unpriced: z.array(z.string()) }),
});

/** What a pairwise judging would do (preview) or will do (create): shared samples, pairs, judge calls, cost. */
export const ZPairwisePlan = z.looseObject({
  samples: z.number().int(),
  pairs: z.array(z.tuple([z.number().int(), z.number().int()])),
  calls: z.number().int(),
  estimate: ZEstimate,
});

export const ZPairwiseCreated = ZPairwisePlan.extend({ id: z.uuid() });

export const ZPairwiseRejudged = z.looseObject({ id: z.uuid(), calls: z.number().int(), estimate: ZEstimate });

export const ZPairwiseList = z.object({
  pairwiseJudgings: z.array(
    z.looseObject({
      id: z.uuid(),
      status: ZJobStatus,
      datasetId: z.uuid(),
      runIds: z.array(z.uuid()),
      judgeEndpointIds: z.array(z.uuid()),
      total: z.number().int(),
      done: z.number().int(),
      createdAt: ZTimestamp,
      finishedAt: ZTimestamp.nullable(),
    }),
  ),
});

export const ZPairwiseView = z.looseObject({
  id: z.uuid(),
  status: ZJobStatus,
  errorMessage: z.string().nullable(),
  dataset: z.looseObject({ id: z.uuid(), name: z.string() }),
  schedule: z.string(),
  baselineIndex: z.number().int().nullable(),
  rubric: z.string(),
  referenceGuided: z.boolean(),
  contestants: z.array(ZAnyObject),
  judges: z.array(ZEndpointRef.extend({ index: z.number().int(), selfPreference: z.array(z.string()) })),
  pairs: z.array(
    z.looseObject({
      pairIndex: z.number().int(),
      first: z.number().int(),
      second: z.number().int(),
      result: ZAnyObject.nullable(),
      perJudge: z.array(ZAnyObject.nullable()).nullable(),
    }),
  ),
  diagnostics: z.array(ZAnyObject),
  agreement: ZAnyObject.nullable(),
  ratings: ZAnyObject.nullable(),
  createdAt: ZTimestamp,
  startedAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
  progress: ZProgress,
  totals: ZAnyObject,
});

export const ZPairwiseSamplesPage = z.object({
  total: z.number().int(),
  items: z.array(
    z.looseObject({
      sampleId: z.number().int(),
      index: z.number().int(),
      pairIndex: z.number().int(),
      outcome: z.enum(["first", "second", "tie", "failed"]),
      flipped: z.boolean(),
      question: z.string(),
    }),
  ),
});

export const ZPairwiseSample = z.looseObject({
  sample: z.looseObject({ id: z.number().int(), index: z.number().int(), input: z.string(), expected: z.string() }),
  pairIndex: z.number().int(),
  pair: z.array(z.number().int()),
  answers: z.object({ first: z.string().nullable(), second: z.string().nullable() }),
  calls: z.array(
    z.looseObject({
      judgeIndex: z.number().int(),
      swapped: z.boolean(),
      verdict: z.string().nullable(),
      parseStatus: z.string().nullable(),
      rawText: z.string().nullable(),
    }),
  ),
});

export const ZPairwiseControlled = z.object({ id: z.uuid() });

/** ids[t][j]: target t (in the request's order) graded by judge j. */
export const ZJuryCreated = z.object({ juries: z.array(z.array(z.uuid())) });

export const ZJury = z.looseObject({
  judgings: z.array(z.looseObject({ id: z.uuid(), status: ZJobStatus, judge: ZEndpointRef, selfJudged: z.boolean() })),
  samples: z.number().int(),
  perSample: z.array(
    z.looseObject({ sampleId: z.number().int(), scores: z.array(z.number().nullable()), mean: z.number() }),
  ),
  mean: ZAnyObject,
  agreement: z.array(
    z.looseObject({
      judges: z.tuple([z.number().int(), z.number().int()]).readonly(),
      spearman: z.number().nullable(),
      weightedKappa: z.number().nullable(),
    }),
  ),
});
