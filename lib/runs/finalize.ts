import type { TDb } from "@/lib/db/prisma";
import { storeRunSummary } from "./summary";

/**
 * A run is complete when every sample of its set has an output row (an answer or an error). Whichever chunk
 * finishes last flips the status; the conditional UPDATE makes concurrent callers harmless. The one that flips it
 * stores the run's summary (lib/runs/summary.ts), so boards never re-aggregate a finished run; were that to fail,
 * the next reader stores it instead.
 */
export async function finalizeRunIfDone(db: TDb, runId: string): Promise<boolean> {
  // Counting the run's outputs after every chunk read all of them each time: quadratic in the run's size (~40 ms a
  // chunk at 60,000 outputs). Chunks are queued in index order, so while a run goes on, one of its last samples
  // still lacks an output: looking there first (index descending, at most 500 samples) settles "not done" in
  // well under a millisecond, and the count runs only once the tail is done, for the run's last few chunks.
  const updated = await db.$executeRaw`
    UPDATE "Run" r SET status = 'COMPLETED', "finishedAt" = now()
    WHERE r.id = ${runId}::uuid AND r.status = 'RUNNING'
      AND CASE
        WHEN EXISTS (
          SELECT 1 FROM (
            SELECT s.id FROM "Sample" s
            WHERE s."datasetId" = r."datasetId" AND s.split = r.split AND s.index <= r."lastIndex"
            ORDER BY s.index DESC LIMIT 500
          ) tail
          WHERE NOT EXISTS (SELECT 1 FROM "Output" o WHERE o."runId" = r.id AND o."sampleId" = tail.id)
        ) THEN false
        ELSE (SELECT count(*) FROM "Output" o WHERE o."runId" = r.id) >= r.total
      END`;
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
