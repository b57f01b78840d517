import { createJobEngine } from "@/lib/jobs/engine";
import type { TJobKind } from "@/lib/jobs/kind";
import { markJobStarted } from "@/lib/jobs/sql";
import type { Run } from "@/lib/db/generated/client";
import { answerSample } from "./answer-sample";
import { OUTPUT_INSERT, type TOutputRow } from "./output-writer";
import { findChunksWithMissingOutputs, findPendingSamples, type TPendingSample } from "./pending";
import { loadRunContext, type TRunContext } from "./run-context";
import { deleteRunSummary, storeRunSummary } from "./summary";

/**
 * Runs as a job kind: a run answers each sample of its set once (an Output row per sample). Completing one stores
 * its summary, so boards never re-aggregate a finished run; restarting one deletes it.
 */
export const runKind: TJobKind<Run, TRunContext, TPendingSample, TOutputRow> = {
  name: "run",
  itemNoun: "samples",
  table: "Run",
  rows: { table: "Output", jobColumn: "runId" },
  queue: { dispatch: "runDispatch", chunk: "sampleGenerate", idField: "runId" },
  // Each chunk answers up to ~50 samples at once (bounded by the endpoint's shared limiter), so 16 chunks keep
  // hundreds of calls in flight for slow models without one process hoarding a fast one.
  chunkConcurrency: 16,
  reconcileLockKey: 823001,
  insert: OUTPUT_INSERT,
  findJob: (db, id) => db.run.findUnique({ where: { id } }),
  start: (db, run) => markJobStarted(db, runKind, run.id),
  findChunksWithMissingRows: findChunksWithMissingOutputs,
  loadContext: loadRunContext,
  findPendingItems: findPendingSamples,
  processItem: answerSample,
  onCompleted: storeRunSummary,
  onRestart: deleteRunSummary,
};

export const runJobs = createJobEngine(runKind);
