import type { Judging } from "@/lib/db/generated/client";
import { createJobEngine } from "@/lib/jobs/engine";
import type { TJobKind } from "@/lib/jobs/kind";
import { markJobStarted } from "@/lib/jobs/sql";
import { judgeAnswer } from "./judge-answer";
import { JUDGEMENT_INSERT, type TJudgementRow } from "./judgement-writer";
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
  table: "Judging",
  rows: { table: "Judgement", jobColumn: "judgingId" },
  queue: { dispatch: "judgingDispatch", chunk: "judgingChunk", idField: "judgingId" },
  // As for runs: the judge endpoint's shared limiter bounds the calls actually in flight.
  chunkConcurrency: 16,
  reconcileLockKey: 823002,
  insert: JUDGEMENT_INSERT,
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
