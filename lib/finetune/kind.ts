import type { FineTune } from "@/lib/db/generated/client";
import { fieldColumns } from "@/lib/db/batch-insert";
import type { TDb } from "@/lib/db/prisma";
import { createJobEngine } from "@/lib/jobs/engine";
import type { TJobKind } from "@/lib/jobs/kind";
import { markJobStarted } from "@/lib/jobs/sql";
import { processFineTune, type TFineTuneContext, type TFineTuneOutcomeRow } from "./process";

/** The one item of a fine-tune (the provider's job), id 0 at dataset index 0: chunk 0 holds it. */
const ITEM = { id: 0 };

async function hasOutcome(db: TDb, id: string): Promise<boolean> {
  return (await db.fineTuneOutcome.count({ where: { fineTuneId: id } })) > 0;
}

/**
 * Fine-tunes as a job kind: one item, the provider's job, whose processing uploads, creates and polls it (minutes to
 * hours, in one chunk job whose lock BullMQ renews). A workers restart re-delivers the chunk, and the item resumes
 * from the provider's ids in Postgres; cancel, resume and the reconciler are the engine's.
 */
export const fineTuneKind: TJobKind<FineTune, TFineTuneContext, { id: number }, TFineTuneOutcomeRow> = {
  name: "finetune",
  table: "FineTune",
  itemNoun: "provider jobs",
  chunkConcurrency: 4,
  queue: { dispatch: "fineTuneDispatch", chunk: "fineTuneChunk", idField: "fineTuneId" },
  reconcileLockKey: 823017,
  insert: {
    table: "FineTuneOutcome",
    columns: fieldColumns<TFineTuneOutcomeRow>("fineTuneId", "sampleId", "outcome"),
    conflict: ["fineTuneId", "sampleId"],
  },
  findJob: (db, id) => db.fineTune.findUnique({ where: { id } }),
  start: (db, fineTune) => markJobStarted(db, fineTuneKind, fineTune.id),
  findChunksWithMissingRows: async (db, fineTune) => ((await hasOutcome(db, fineTune.id)) ? [] : [0]),
  loadContext: async (deps, id) => {
    const fineTune = await deps.db.fineTune.findUniqueOrThrow({ where: { id } });
    return { job: { id, total: 1, lastIndex: 0 }, providerEndpointId: fineTune.providerEndpointId };
  },
  findPendingItems: async (db, context, range) =>
    range.fromIndex <= 0 && range.toIndex >= 0 && !(await hasOutcome(db, context.job.id)) ? [ITEM] : [],
  processItem: (deps, context) => processFineTune(deps, context),
};

export const fineTuneJobs = createJobEngine(fineTuneKind);
