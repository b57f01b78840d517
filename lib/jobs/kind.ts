import type { TBatchInsert } from "@/lib/db/batch-insert";
import type { TDb } from "@/lib/db/prisma";
import type { TChunkBounds } from "./chunks";
import type { TJobDeps } from "./deps";
import type { TJobQueueSpec } from "./queue";

export type TJobStatus = "QUEUED" | "RUNNING" | "COMPLETED" | "FAILED" | "CANCELLED";

/** The columns every job table has (Run, Judging): the engine reads and writes these, and only these. */
export type TJobRecord = TChunkBounds & { id: string; status: TJobStatus; generation: number };

/**
 * Where a kind's jobs and rows live: all the generic SQL of the engine needs. The rows' table is the insert's, and
 * the first column of its conflict key names the job ("runId").
 */
export type TJobKindTables = { name: string; table?: string; insert: Pick<TBatchInsert<never>, "table" | "conflict"> };

/** What one item came to: a row to write, or a reason that stops the whole job (no row: "resume" retries it). */
export type TItemOutcome<TRow> = { row: TRow } | { stop: string };

/**
 * A job kind: what the engine (lib/jobs) needs to know to dispatch, process, finalise, control and reconcile jobs
 * of one table. Everything else (chunk ids, queues, status and context caches, in-flight dedupe, batched idempotent
 * writes, cancel/resume, progress, recovery) is the engine's. See lib/jobs/README.md.
 */
export type TJobKind<
  TJob extends TJobRecord,
  TContext extends { job: TChunkBounds },
  TItem extends { id: number },
  TRow,
> = {
  /** "run", "judging": chunk job ids, logs, error codes (`run_not_found`) and messages ("Run x does not exist."). */
  name: string;
  /** What its items are called in messages: "samples", "answers". */
  itemNoun: string;
  /** The job table, when it is not the kind's name with a capital ("run" → "Run"). */
  table?: string;
  queue: TJobQueueSpec;
  /**
   * Chunk jobs of this kind one workers process runs at once (16 unless given). Each chunk does up to ~50 items at
   * once, bounded by the endpoint's shared limiter, so 16 chunks keep hundreds of calls in flight for slow models
   * without one process hoarding a fast one.
   */
  chunkConcurrency?: number;
  /** Postgres advisory lock that keeps two workers processes from reconciling this kind at once. */
  reconcileLockKey: number;
  /**
   * The batch insert of the kind's rows: their table, and a conflict key (job column first) that makes a
   * re-delivered chunk write nothing twice.
   */
  insert: TBatchInsert<TRow>;

  findJob: (db: TDb, id: string) => Promise<TJob | null>;
  /** QUEUED → RUNNING (a conditional update). false: not now (a judging waits for its run); dispatch tries later. */
  start: (db: TDb, job: TJob) => Promise<boolean>;
  /** Chunk numbers that still hold items without a row. */
  findChunksWithMissingRows: (db: TDb, job: TJob) => Promise<number[]>;
  /** The job's settings for processing its chunks (cached 30 s per process by the engine: they never change). */
  loadContext: (deps: TJobDeps, id: string) => Promise<TContext>;
  /** Items of one index range that have no row yet. */
  findPendingItems: (db: TDb, context: TContext, range: { fromIndex: number; toIndex: number }) => Promise<TItem[]>;
  /** Does one item (calls the model, parses) and says what row to write. Never throws for a model error. */
  processItem: (deps: TJobDeps, context: TContext, item: TItem) => Promise<TItemOutcome<TRow>>;
  /**
   * What a resumed job that never started becomes: QUEUED when starting fixes something (a judging's total), so
   * dispatch starts it again; RUNNING otherwise (its start time is then the resume's).
   */
  resumeUnstartedAs?: "QUEUED" | "RUNNING";
  /** After the flip to COMPLETED, by whichever process flipped it (runs store their summary). */
  onCompleted?: (db: TDb, id: string) => Promise<unknown>;
  /** Before a resume or a re-run of failed items (runs delete their stored summary). */
  onRestart?: (db: TDb, id: string) => Promise<unknown>;
};
