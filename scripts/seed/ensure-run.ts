import type { TPrisma } from "@/lib/db/prisma";
import { createRuns, type TRunEnqueuer } from "@/lib/runs/create";
import { ZCreateRunsInput } from "@/lib/runs/schemas";

export type TEnsuredRun = { id: string; created: boolean };

/** A run of this endpoint on this dataset (TEST split, default settings) unless any run of the pair exists. */
export async function ensureRun(
  db: TPrisma,
  queue: TRunEnqueuer,
  pair: { datasetId: string; endpointId: string },
): Promise<TEnsuredRun> {
  const existing = await db.run.findFirst({ where: pair, select: { id: true }, orderBy: { createdAt: "asc" } });
  if (existing) return { id: existing.id, created: false };
  const { ids } = await createRuns(db, queue, ZCreateRunsInput.parse({ ...pair, split: "TEST" }));
  return { id: ids[0]!, created: true };
}
