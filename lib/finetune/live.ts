import type { TDb } from "@/lib/db/prisma";

/** Whether a fine-tune of the dataset is queued or running: its endpoint's run is still to come on the leaderboard. */
export async function hasActiveFineTunes(db: TDb, datasetId: string): Promise<boolean> {
  const active = await db.fineTune.findFirst({
    where: { datasetId, status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true },
  });
  return active !== null;
}
