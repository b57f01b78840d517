import { z } from "zod";

/** What `gate` can test: the classification metrics of the leaderboard, and the judge's mean note for open QA. */
export const GATE_METRICS = ["accuracy", "validAccuracy", "macroF1", "judgeMean"] as const;
export type TGateMetric = (typeof GATE_METRICS)[number];

export const DEFAULT_GATE_MARGIN = 0.02;

/** GET /api/runs/gate: two runs of one dataset and split, a metric, a margin on its scale, a one-sided α. */
export const ZGateQuery = z.object({
  baseline: z.uuid(),
  candidate: z.uuid(),
  metric: z.enum(GATE_METRICS).default("accuracy"),
  /** How much worse the candidate may be: a proportion for the classification metrics, notes for judgeMean. */
  margin: z.coerce.number().min(0).max(10).default(DEFAULT_GATE_MARGIN),
  alpha: z.coerce.number().gt(0).max(0.2).default(0.05),
});
export type TGateQuery = z.output<typeof ZGateQuery>;

const ZGateRun = z.object({ id: z.uuid(), endpoint: z.string(), model: z.string() });

/** The response of GET /api/runs/gate (the CLI parses it with this same schema). */
export const ZGateResult = z.object({
  dataset: z.object({ id: z.uuid(), name: z.string() }),
  split: z.enum(["TRAIN", "TEST"]),
  baseline: ZGateRun,
  candidate: ZGateRun,
  metric: z.enum(GATE_METRICS),
  margin: z.number(),
  alpha: z.number(),
  /** How the bound was computed, in words (test and interval). */
  method: z.string(),
  /** Pairs: samples both runs answered (or both judgings graded). */
  pairs: z.number().int(),
  baselineValue: z.number().nullable(),
  candidateValue: z.number().nullable(),
  /** Candidate − baseline on the pairs. */
  difference: z.number().nullable(),
  /** One-sided (1 − α) lower confidence bound of the difference. */
  lower: z.number().nullable(),
  /** Pass: the lower bound is above −margin, so the candidate is not worse by more than the margin. */
  passed: z.boolean(),
  /** The judgings compared, for judgeMean. */
  judge: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type TGateResult = z.output<typeof ZGateResult>;
