import type { PairwiseJudging } from "@/lib/db/generated/client";
import { createJobEngine } from "@/lib/jobs/engine";
import type { TJobKind } from "@/lib/jobs/kind";
import { modelCallRowsInsert } from "@/lib/jobs/model-call-row";
import { markJobStarted } from "@/lib/jobs/sql";
import { loadPairwiseContext, toPairwiseTarget, type TPairwiseContext } from "./context";
import { findChunksWithMissingVerdicts, findPendingCalls, type TPairwiseItem } from "./items";
import { judgePair, type TPairwiseVerdictRow } from "./judge-pair";
import { clearPairwiseRatings, storePairwiseRatings } from "./ratings-store";

const rowsInsert = modelCallRowsInsert<"pairwiseJudgingId", TPairwiseVerdictRow>(
  "PairwiseVerdict",
  "pairwiseJudgingId",
  ["pairIndex", "judgeIndex", "swapped", "verdict", "parseStatus", "rationale", "rawText"],
);

/**
 * Pairwise judgings as a job kind: its items are judge calls, (sample, pair, judge, order), a PairwiseVerdict row
 * each; chunks are ranges of the shared samples' indexes, like a judging's. The runs are complete when it is created,
 * so its total is fixed then. Ratings are fitted once, when it completes, and stored.
 */
export const pairwiseKind: TJobKind<PairwiseJudging, TPairwiseContext, TPairwiseItem, TPairwiseVerdictRow> = {
  name: "pairwise",
  itemNoun: "judge calls",
  table: "PairwiseJudging",
  queue: { dispatch: "pairwiseDispatch", chunk: "pairwiseChunk", idField: "pairwiseJudgingId" },
  reconcileLockKey: 823014,
  // A re-delivered chunk never writes a call twice: unique on (judging, sample, pair, judge, order).
  insert: { ...rowsInsert, conflict: ["pairwiseJudgingId", "sampleId", "pairIndex", "judgeIndex", "swapped"] },
  findJob: (db, id) => db.pairwiseJudging.findUnique({ where: { id } }),
  start: (db, judging) => markJobStarted(db, pairwiseKind, judging.id),
  findChunksWithMissingRows: (db, judging) => findChunksWithMissingVerdicts(db, toPairwiseTarget(judging)),
  loadContext: loadPairwiseContext,
  findPendingItems: (db, context, range) => findPendingCalls(db, context.job, range),
  processItem: judgePair,
  onCompleted: storePairwiseRatings,
  onRestart: clearPairwiseRatings,
};

export const pairwiseJobs = createJobEngine(pairwiseKind);
