import type { TPrisma } from "@/lib/db/prisma";

export type TWorkspaceCounts = { datasets: number; endpoints: number; runs: number; judgings: number };

export async function getWorkspaceCounts(db: TPrisma): Promise<TWorkspaceCounts> {
  const [datasets, endpoints, runs, judgings] = await Promise.all([
    db.dataset.count(),
    db.modelEndpoint.count(),
    db.run.count(),
    db.judging.count(),
  ]);
  return { datasets, endpoints, runs, judgings };
}
