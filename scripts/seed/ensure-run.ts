import type { TPrisma } from "@/lib/db/prisma";
import { createRuns, type TRunEnqueuer } from "@/lib/runs/create";
import { ZCreateRunsInput } from "@/lib/runs/schemas";

export type TEnsuredRun = { id: string; created: boolean };

/**
 * A run of this endpoint on this dataset (TEST split, default settings) unless one exists. Without `shots` any run of
 * the pair counts; with it, only a run with that many shots (the OpenAI experiment runs one model zero- and 1-shot).
 */
export async function ensureRun(
  db: TPrisma,
  queue: TRunEnqueuer,
  pair: { datasetId: string; endpointId: string; shots?: number },
): Promise<TEnsuredRun> {
  const existing = await findRun(db, pair);
  if (existing) return { id: existing.id, created: false };
  const { datasetId, endpointId, shots } = pair;
  const { ids } = await createRuns(db, queue, ZCreateRunsInput.parse({ datasetId, endpointId, shots, split: "TEST" }));
  return { id: ids[0]!, created: true };
}

export async function findRun(db: TPrisma, pair: { datasetId: string; endpointId: string; shots?: number }) {
  // Only these three fields: callers pass richer objects, and Prisma refuses unknown keys in a filter.
  const where = { datasetId: pair.datasetId, endpointId: pair.endpointId, shots: pair.shots };
  return db.run.findFirst({ where, select: { id: true }, orderBy: { createdAt: "asc" } });
}
