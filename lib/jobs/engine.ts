import type { TDb, TPrisma } from "@/lib/db/prisma";
import type { TProducer } from "@/lib/queue/producer";
import type { TChunkBounds } from "./chunks";
import { cancelJob, rerunFailedItems, resumeJob, type TJobEnqueuer } from "./control";
import type { TJobDeps, TKindDeps } from "./deps";
import { dispatchJob } from "./dispatch";
import { failJob, finalizeJobIfDone } from "./finalize";
import type { TJobKind, TJobRecord } from "./kind";
import { processJobChunk } from "./process-chunk";
import { createJobQueue, type TJobQueue, type TJobQueueSpec } from "./queue";
import { reconcileJobs, type TReconcileOptions, type TReconcileResult } from "./reconcile";
import { DEFAULT_CHUNK_CONCURRENCY } from "./window";

/**
 * The engine bound to one kind: what workers, route handlers and scripts call. Its type does not depend on the
 * kind's own types, so the workers' registry can list kinds side by side.
 */
export type TJobEngine = {
  name: string;
  queue: TJobQueueSpec;
  chunkConcurrency: number;
  createQueue: (producer: TProducer) => TJobQueue;
  dispatch: (deps: TKindDeps, id: string) => Promise<{ chunks: number }>;
  /** With `queue` (the workers' processors pass it), a finished chunk queues the next of its job's window. */
  processChunk: (
    deps: TJobDeps & { queue?: TJobQueue },
    input: { id: string; chunk: number; generation?: number },
  ) => Promise<{ written: number }>;
  finalizeIfDone: (db: TDb, id: string) => Promise<boolean>;
  fail: (db: TDb, id: string, message: string) => Promise<void>;
  cancel: (db: TDb, id: string) => Promise<void>;
  resume: (db: TDb, queue: TJobEnqueuer, id: string) => Promise<void>;
  rerunFailed: (db: TDb, queue: TJobEnqueuer, id: string) => Promise<{ items: number }>;
  reconcile: (db: TPrisma, queue: TJobQueue, options: TReconcileOptions) => Promise<TReconcileResult>;
};

export function createJobEngine<
  TJob extends TJobRecord,
  TContext extends { job: TChunkBounds },
  TItem extends { id: number },
  TRow,
>(kind: TJobKind<TJob, TContext, TItem, TRow>): TJobEngine {
  return {
    name: kind.name,
    queue: kind.queue,
    chunkConcurrency: kind.chunkConcurrency ?? DEFAULT_CHUNK_CONCURRENCY,
    createQueue: (producer) => createJobQueue(producer, kind),
    dispatch: (deps, id) => dispatchJob(deps, kind, id),
    processChunk: (deps, input) => processJobChunk(deps, kind, input),
    finalizeIfDone: (db, id) => finalizeJobIfDone(db, kind, id),
    fail: (db, id, message) => failJob(db, kind, id, message),
    cancel: (db, id) => cancelJob(db, kind, id),
    resume: (db, queue, id) => resumeJob(db, kind, queue, id),
    rerunFailed: (db, queue, id) => rerunFailedItems(db, kind, queue, id),
    reconcile: (db, queue, options) => reconcileJobs(db, kind, queue, options),
  };
}
