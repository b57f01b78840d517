import { z } from "zod";
import { ZNoNulText } from "@/lib/api/text";
import { OUTPUT_VIEWS } from "@/lib/outputs/filters";

const ZName = ZNoNulText.trim().min(1).max(200);
const ZLabel = ZNoNulText.trim().min(1).max(10_000);

const common = {
  name: ZName.optional(),
  /** Reviews asked for each item (several reviewers: agreement). */
  reviewsPerItem: z.number().int().min(1).max(9).default(1),
  /** Reviewers the items are dealt to in turn (optional). */
  assigneeIds: z.array(ZNoNulText.min(1).max(200)).max(50).optional(),
};

/** Where a queue's items come from: a drill-down filter of a run, two runs, a judging, or a dataset. */
export const ZCreateQueue = z.discriminatedUnion("source", [
  z.object({
    ...common,
    source: z.literal("run"),
    runId: z.uuid(),
    view: z.enum(OUTPUT_VIEWS).default("wrong"),
    expected: ZLabel.optional(),
    /** A confusion cell's column: a label, or `__invalid__`. */
    predicted: ZLabel.optional(),
  }),
  z.object({ ...common, source: z.literal("runs-disagree"), runId: z.uuid(), secondRunId: z.uuid() }),
  z.object({
    ...common,
    source: z.literal("judge-grades"),
    judgingId: z.uuid(),
    maxGrade: z.number().int().min(1).max(10),
    scaleMin: z.number().int().min(0).max(100).default(1),
    scaleMax: z.number().int().min(1).max(100).default(10),
  }),
  z.object({ ...common, source: z.literal("dataset-conflicts"), datasetId: z.uuid() }),
  z.object({
    ...common,
    source: z.literal("pairwise-flips"),
    pairwiseJudgingId: z.uuid(),
    /** The pair whose flipped verdicts are reviewed (its index in the judging's pairs). */
    pairIndex: z.number().int().min(0).max(1000).default(0),
    /** One juror's flips; without it, a sample is flipped when any juror's two orders disagree. */
    judgeIndex: z.number().int().min(0).max(10).optional(),
  }),
]);
export type TCreateQueue = z.infer<typeof ZCreateQueue>;

export const DECISION_KINDS = ["RELABEL", "ALIAS", "CONFIRM", "EXCLUDE", "GRADE", "PREFER", "NOTE", "UNDO"] as const;
export type TDecisionKind = (typeof DECISION_KINDS)[number];

export const ZDecision = z.object({
  /** The item, named by its sample: a sample of another dataset or outside the queue is refused. */
  sampleId: z.number().int().min(1).max(2_147_483_647),
  kind: z.enum(DECISION_KINDS),
  label: ZLabel.optional(),
  /** Explicit confirmation that `label` is a new label, outside the version's set. */
  newLabel: z.boolean().default(false),
  grade: z.number().int().min(0).max(100).optional(),
  note: ZNoNulText.max(5_000).optional(),
});
export type TDecisionInput = z.infer<typeof ZDecision>;

export const ZQueueParams = z.object({ id: z.uuid() });
export const ZItemQuery = z.object({
  position: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  /** `open`: from `position` on, the first item dealt to the caller (or to nobody) that they have not decided yet. */
  seek: z.enum(["open"]).optional(),
});
export const ZExportQuery = z.object({ format: z.enum(["csv", "jsonl"]).default("csv") });
