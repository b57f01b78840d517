import { z } from "zod";

/**
 * The queue contract: every queue, job name and payload schema, shared by producers (web, scripts) and processors
 * (workers). Payloads carry ids only, never prompts or API keys: Postgres holds the truth, Redis only delivers.
 * New payload fields must be optional so jobs already in Redis survive a deploy.
 */
export const ZSystemPingPayload = z.object({
  pingId: z.string().min(1).max(200),
  /** Keeps the worker busy before recording the ping; lets an operator (and a test) watch a graceful shutdown. */
  holdMs: z.number().int().min(0).max(60_000).optional(),
});
export type TSystemPingPayload = z.infer<typeof ZSystemPingPayload>;

/** Splits a run into chunk jobs (ids only). Idempotent: chunks already done or queued are not queued again. */
export const ZRunDispatchPayload = z.object({
  runId: z.uuid(),
});
export type TRunDispatchPayload = z.infer<typeof ZRunDispatchPayload>;

/** One chunk of a run: the samples whose dataset index falls in chunk number `chunk` (see lib/runs/chunks.ts). */
export const ZRunChunkPayload = z.object({
  runId: z.uuid(),
  chunk: z.number().int().min(0),
  /** The job's generation when the chunk was queued; a chunk of an older one is skipped. Absent on older jobs. */
  generation: z.number().int().min(0).optional(),
});
export type TRunChunkPayload = z.infer<typeof ZRunChunkPayload>;

/** Splits a judging into chunk jobs (ids only). Idempotent, like a run's dispatch. */
export const ZJudgingDispatchPayload = z.object({
  judgingId: z.uuid(),
});
export type TJudgingDispatchPayload = z.infer<typeof ZJudgingDispatchPayload>;

/** One chunk of a judging: the judged samples whose dataset index falls in chunk number `chunk`. */
export const ZJudgingChunkPayload = z.object({
  judgingId: z.uuid(),
  chunk: z.number().int().min(0),
  /** The job's generation when the chunk was queued; a chunk of an older one is skipped. Absent on older jobs. */
  generation: z.number().int().min(0).optional(),
});
export type TJudgingChunkPayload = z.infer<typeof ZJudgingChunkPayload>;

/** Splits a pairwise judging into chunk jobs (ids only). Idempotent, like a run's dispatch. */
export const ZPairwiseDispatchPayload = z.object({
  pairwiseJudgingId: z.uuid(),
});

/** One chunk of a pairwise judging: the shared samples whose dataset index falls in chunk number `chunk`. */
export const ZPairwiseChunkPayload = z.object({
  pairwiseJudgingId: z.uuid(),
  chunk: z.number().int().min(0),
  generation: z.number().int().min(0).optional(),
});

/** Starts a fine-tune (issue 17): ids only, like a run's dispatch. */
export const ZFineTuneDispatchPayload = z.object({
  fineTuneId: z.uuid(),
});

/** The fine-tune's one chunk: its provider job (upload, create, poll). */
export const ZFineTuneChunkPayload = z.object({
  fineTuneId: z.uuid(),
  chunk: z.number().int().min(0),
  generation: z.number().int().min(0).optional(),
});

/** Re-scores a dataset's completed runs on its versions from their stored outputs (lib/versions/rescore-job.ts). */
export const ZVersionRescorePayload = z.object({
  datasetId: z.uuid(),
});

export const queueContract = {
  system: {
    name: "system",
    jobs: { ping: ZSystemPingPayload },
  },
  runDispatch: {
    name: "run-dispatch",
    jobs: { dispatch: ZRunDispatchPayload },
  },
  sampleGenerate: {
    name: "sample-generate",
    jobs: { chunk: ZRunChunkPayload },
  },
  judgingDispatch: {
    name: "judging-dispatch",
    jobs: { dispatch: ZJudgingDispatchPayload },
  },
  judgingChunk: {
    name: "judging-chunk",
    jobs: { chunk: ZJudgingChunkPayload },
  },
  pairwiseDispatch: {
    name: "pairwise-dispatch",
    jobs: { dispatch: ZPairwiseDispatchPayload },
  },
  pairwiseChunk: {
    name: "pairwise-chunk",
    jobs: { chunk: ZPairwiseChunkPayload },
  },
  fineTuneDispatch: {
    name: "finetune-dispatch",
    jobs: { dispatch: ZFineTuneDispatchPayload },
  },
  fineTuneChunk: {
    name: "finetune-chunk",
    jobs: { chunk: ZFineTuneChunkPayload },
  },
  versionRescore: {
    name: "version-rescore",
    jobs: { rescore: ZVersionRescorePayload },
  },
} as const;

export type TQueueKey = keyof typeof queueContract;
export type TJobName<Q extends TQueueKey> = keyof (typeof queueContract)[Q]["jobs"] & string;
export type TJobPayload<Q extends TQueueKey, J extends TJobName<Q>> = z.infer<
  (typeof queueContract)[Q]["jobs"][J] & z.ZodType
>;

export function parseJobPayload<Q extends TQueueKey, J extends TJobName<Q>>(
  queue: Q,
  jobName: J,
  data: unknown,
): TJobPayload<Q, J> {
  return parseQueuePayload(queue, jobName, data) as TJobPayload<Q, J>;
}

/** The same check for callers that pick the queue at run time (the job engine, for any kind): the payload's type is
 * then only known to the schema, so the result is `unknown` until the caller reads the fields it needs. */
export function parseQueuePayload(queue: TQueueKey, jobName: string, data: unknown): unknown {
  const jobs = queueContract[queue].jobs as Record<string, z.ZodType>;
  const schema = jobs[jobName];
  if (!schema) throw new Error(`Unknown job "${jobName}" on queue "${queue}"`);
  return schema.parse(data);
}
