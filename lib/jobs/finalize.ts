import type { TDb } from "@/lib/db/prisma";
import type { TJobKindTables } from "./kind";
import { jobTables } from "./sql";

/**
 * A job is complete when every item of its set has a row (an answer, a grade or an error). Whichever chunk finishes
 * last flips the status; the conditional UPDATE makes concurrent callers harmless. The one that flips it runs the
 * kind's `onCompleted` (runs store their summary; were that to fail, the next reader stores it instead).
 */
export async function finalizeJobIfDone(
  db: TDb,
  kind: TJobKindTables & { onCompleted?: (db: TDb, id: string) => Promise<unknown> },
  id: string,
): Promise<boolean> {
  const { jobs, rows, jobColumn } = jobTables(kind);
  const updated = await db.$executeRaw`
    UPDATE ${jobs} j SET status = 'COMPLETED', "finishedAt" = now()
    WHERE j.id = ${id}::uuid AND j.status = 'RUNNING'
      AND (SELECT count(*) FROM ${rows} r WHERE r.${jobColumn} = j.id) >= j.total`;
  if (updated === 0) return false;
  await kind.onCompleted?.(db, id);
  return true;
}

/** Stops a job for a reason that would fail every remaining item (bad key, unknown model). */
export async function failJob(db: TDb, kind: TJobKindTables, id: string, message: string): Promise<void> {
  const { jobs } = jobTables(kind);
  await db.$executeRaw`
    UPDATE ${jobs} SET status = 'FAILED', "errorMessage" = ${message}, "finishedAt" = now()
    WHERE id = ${id}::uuid AND status IN ('QUEUED', 'RUNNING')`;
}
