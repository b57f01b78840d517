import { createJobEngine } from "@/lib/jobs/engine";
import type { TJobKind } from "@/lib/jobs/kind";
import { modelCallRowsInsert } from "@/lib/jobs/model-call-row";
import { markJobStarted } from "@/lib/jobs/sql";
import type { Run } from "@/lib/db/generated/client";
import { answerSample, type TOutputRow } from "./answer-sample";
import { findChunksWithMissingOutputs, findPendingSamples, type TPendingSample } from "./pending";
import { loadRunContext, type TRunContext } from "./run-context";
import { storeRunCalibration } from "@/lib/answer-modes/run-calibration";
import { deleteRunSummary, storeRunSummary } from "./summary";
import { scoreSampleWithClassifier } from "@/lib/embedding-classifier/score-sample";

/**
 * Runs as a job kind: a run answers each sample of its set once (an Output row per sample, unique on (runId, sampleId)). Completing one stores
 * its summary, so boards never re-aggregate a finished run; restarting one deletes it.
 */
export const runKind: TJobKind<Run, TRunContext, TPendingSample, TOutputRow> = {
  name: "run",
  itemNoun: "samples",
  queue: { dispatch: "runDispatch", chunk: "sampleGenerate", idField: "runId" },
  reconcileLockKey: 823001,
  // Losing a buffer of outputs in a crash costs nothing: the response cache already holds those answers.
  insert: modelCallRowsInsert("Output", "runId", [
    "rawText",
    "parsedLabel",
    "valid",
    "correct",
    "confidence",
    "labelScoring",
  ]),
  findJob: (db, id) => db.run.findUnique({ where: { id } }),
  start: (db, run) => markJobStarted(db, runKind, run.id),
  findChunksWithMissingRows: findChunksWithMissingOutputs,
  loadContext: loadRunContext,
  findPendingItems: findPendingSamples,
  // An embedding-classifier run (issue 17) scores each sample with its classifier instead of asking for an answer.
  processItem: (deps, context, sample) =>
    context.classifier
      ? scoreSampleWithClassifier(
          deps,
          {
            runId: context.job.id,
            endpoint: context.endpoint,
            classifier: context.classifier,
            relabelled: context.relabelled,
          },
          sample,
        )
      : answerSample(deps, context, sample),
  onCompleted: async (db, id) => {
    await storeRunSummary(db, id);
    await storeRunCalibration(db, id);
  },
  onRestart: deleteRunSummary,
};

export const runJobs = createJobEngine(runKind);
