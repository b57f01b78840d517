import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import type { TJobKindTables } from "./kind";
import type { TJobQueue } from "./queue";
import { jobTables, readJobStatus } from "./sql";

/** What the web needs of a kind's queue to restart a job. */
export type TJobEnqueuer = Pick<TJobQueue, "prefix" | "enqueueDispatch">;

type TControlledKind = TJobKindTables & {
  /** What the items are called in messages: "samples", "answers". */
  itemNoun: string;
  resumeUnstartedAs?: "QUEUED" | "RUNNING";
  onRestart?: (db: TDb, id: string) => Promise<unknown>;
};

const title = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

async function findStatus(db: TDb, kind: TControlledKind, id: string): Promise<string> {
  const status = await readJobStatus(db, kind, id);
  if (status === null) throw new ApiError(404, `${kind.name}_not_found`, `${title(kind.name)} ${id} does not exist.`);
  return status;
}

/** Cancel: chunks still queued find the job CANCELLED and return without calling the model. */
export async function cancelJob(db: TDb, kind: TControlledKind, id: string): Promise<void> {
  const status = await findStatus(db, kind, id);
  if (status !== "QUEUED" && status !== "RUNNING") {
    throw new ApiError(
      409,
      `${kind.name}_not_active`,
      `${title(kind.name)} ${id} is ${status.toLowerCase()}; only a queued or running ${kind.name} can be cancelled.`,
    );
  }
  const { jobs } = jobTables(kind);
  await db.$executeRaw`
    UPDATE ${jobs} SET status = 'CANCELLED', "finishedAt" = now() WHERE id = ${id}::uuid AND status IN ('QUEUED', 'RUNNING')`;
}

/**
 * Resume a cancelled or failed job: items that already have a row are kept (never paid twice); the others are
 * dispatched again under a new generation, so their chunk jobs get fresh ids. Anything else is a 409: a completed
 * job has nothing left to do ("re-run failed" is the way back for its errors), an active one is already going.
 */
export async function resumeJob(db: TDb, kind: TControlledKind, queue: TJobEnqueuer, id: string): Promise<void> {
  const notResumable = (status: string) =>
    new ApiError(
      409,
      `${kind.name}_not_resumable`,
      `${title(kind.name)} ${id} is ${status.toLowerCase()}; only a cancelled or failed ${kind.name} can be resumed.`,
    );
  const status = await findStatus(db, kind, id);
  if (status !== "CANCELLED" && status !== "FAILED") throw notResumable(status);
  if (!(await restartJob(db, kind, queue, id, ["CANCELLED", "FAILED"]))) {
    throw notResumable(await findStatus(db, kind, id));
  }
}

/** Deletes the rows that are errors (not invalid answers or unparseable grades) and does those items again. */
export async function rerunFailedItems(
  db: TDb,
  kind: TControlledKind,
  queue: TJobEnqueuer,
  id: string,
): Promise<{ items: number }> {
  const active = () =>
    new ApiError(
      409,
      `${kind.name}_active`,
      `Wait for the ${kind.name} to finish (or cancel it) before re-running its failed ${kind.itemNoun}.`,
    );
  const status = await findStatus(db, kind, id);
  if (status === "QUEUED" || status === "RUNNING") throw active();
  // What the kind derives from its rows goes first (a run's summary): it must never describe rows that are gone.
  await kind.onRestart?.(db, id);
  const { rows, jobColumn } = jobTables(kind);
  const deleted = await db.$executeRaw`
    DELETE FROM ${rows} WHERE ${jobColumn} = ${id}::uuid AND "errorKind" IS NOT NULL`;
  // A second click that got here too finds the job already restarted by the first: a 409, not a second generation.
  if (!(await restartJob(db, kind, queue, id, ["CANCELLED", "FAILED", "COMPLETED"]))) throw active();
  return { items: deleted };
}

/**
 * Restarts the job if (and only if) it is still in one of `from`: the check and the update are one statement, so
 * two concurrent restarts (a double click) bump the generation once and dispatch once; the other gets false.
 */
async function restartJob(
  db: TDb,
  kind: TControlledKind,
  queue: TJobEnqueuer,
  id: string,
  from: readonly string[],
): Promise<boolean> {
  await kind.onRestart?.(db, id);
  const { jobs } = jobTables(kind);
  // A job that never started (cancelled while queued) becomes what its kind says (kind.ts); every job table uses
  // the RunStatus enum.
  const unstarted = kind.resumeUnstartedAs ?? "RUNNING";
  const restarted = await db.$queryRaw<{ id: string }[]>`
    UPDATE ${jobs}
    SET status = (CASE WHEN "startedAt" IS NULL THEN ${unstarted} ELSE 'RUNNING' END)::"RunStatus",
        "startedAt" = CASE WHEN ${unstarted} = 'RUNNING' THEN coalesce("startedAt", now()) ELSE "startedAt" END,
        generation = generation + 1, "errorMessage" = NULL, "finishedAt" = NULL
    WHERE id = ${id}::uuid AND status::text = ANY(${from}::text[])
    RETURNING id::text`;
  if (restarted.length === 0) return false;
  await queue.enqueueDispatch(id);
  return true;
}
