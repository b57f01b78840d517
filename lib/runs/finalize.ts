import type { TDb } from "@/lib/db/prisma";
import { storeRunSummary } from "./summary";

/**
 * A run is complete when every sample of its set has an output row (an answer or an error). Whichever chunk
 * finishes last flips the status; the conditional UPDATE makes concurrent callers harmless. The one that flips it
 * stores the run's summary (lib/runs/summary.ts), so boards never re-aggregate a finished run; were that to fail,
 * the next reader stores it instead.
 */
export async function finalizeRunIfDone(db: TDb, runId: string): Promise<boolean> {
  const updated = await db.$executeRaw`
    UPDATE "Run" r SET status = 'COMPLETED', "finishedAt" = now()
    WHERE r.id = ${runId}::uuid AND r.status = 'RUNNING'
      AND (SELECT count(*) FROM "Output" o WHERE o."runId" = r.id) >= r.total`;
  if (updated === 0) return false;
  await storeRunSummary(db, runId);
  return true;
}

/** Stops a run for a reason that would fail every remaining sample (bad key, unknown model). */
export async function failRun(db: TDb, runId: string, message: string): Promise<void> {
  await db.run.updateMany({
    where: { id: runId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", errorMessage: message, finishedAt: new Date() },
  });
}
