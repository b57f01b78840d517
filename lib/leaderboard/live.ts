import type { TDb } from "@/lib/db/prisma";

/** Whether any run of the dataset is queued or running: the leaderboard refreshes itself only then. */
export async function hasActiveRuns(db: TDb, datasetId: string): Promise<boolean> {
  const active = await db.run.findFirst({
    where: { datasetId, status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true },
  });
  return active !== null;
}
