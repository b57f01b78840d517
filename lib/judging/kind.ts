import type { Judging } from "@/lib/db/generated/client";
import { createJobEngine } from "@/lib/jobs/engine";
import type { TJobKind } from "@/lib/jobs/kind";
import { modelCallRowsInsert } from "@/lib/jobs/model-call-row";
import { markJobStarted } from "@/lib/jobs/sql";
import { judgeAnswer, type TJudgementRow } from "./judge-answer";
import { loadJudgingContext, type TJudgingContext } from "./judging-context";
import { countTargets, findChunksWithMissingJudgements, findPendingTargets, type TPendingTarget } from "./targets";

type TJudgingJob = Judging & { run: { status: string } | null };

/**
 * Judgings as a job kind: a judging grades each answer of its target once (a Judgement row per sample). A judging
 * of a run still answering stays QUEUED (the reconciler dispatches QUEUED jobs again every pass); starting fixes its
 * total, the run's answered outputs (errors have nothing to grade).
 */
export const judgingKind: TJobKind<TJudgingJob, TJudgingContext, TPendingTarget, TJudgementRow> = {
  name: "judging",
  itemNoun: "answers",
  // Starting fixes its total (the run's answered outputs): a judging cancelled while it waited goes back to waiting.
  resumeUnstartedAs: "QUEUED",
  queue: { dispatch: "judgingDispatch", chunk: "judgingChunk", idField: "judgingId" },
  reconcileLockKey: 823002,
  // A re-delivered chunk never writes a second judgement for a sample (unique on (judgingId, sampleId)).
  insert: modelCallRowsInsert("Judgement", "judgingId", ["score", "parseStatus", "rationale", "rawText"]),
  findJob: (db, id) => db.judging.findUnique({ where: { id }, include: { run: { select: { status: true } } } }),
  async start(db, judging) {
    if (judging.run && (judging.run.status === "QUEUED" || judging.run.status === "RUNNING")) return false;
    const total = judging.runId === null ? judging.total : await countTargets(db, judging);
    return markJobStarted(db, judgingKind, judging.id, total);
  },
  findChunksWithMissingRows: findChunksWithMissingJudgements,
  loadContext: loadJudgingContext,
  findPendingItems: (db, context, range) => findPendingTargets(db, context.job, range),
  processItem: judgeAnswer,
};

export const judgingJobs = createJobEngine(judgingKind);
