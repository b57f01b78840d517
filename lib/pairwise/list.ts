import type { TDb } from "@/lib/db/prisma";

/** The latest pairwise judgings (newest first), optionally of one dataset, with their progress counts. */
export async function listPairwiseJudgings(db: TDb, options: { datasetId?: string; limit?: number } = {}) {
  const judgings = await db.pairwiseJudging.findMany({
    where: options.datasetId ? { datasetId: options.datasetId } : {},
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 100,
    select: {
      id: true,
      status: true,
      datasetId: true,
      runIds: true,
      includeReference: true,
      judgeEndpointIds: true,
      total: true,
      createdAt: true,
      finishedAt: true,
      dataset: { select: { name: true } },
      _count: { select: { verdicts: true } },
    },
  });
  return judgings.map(({ _count, ...judging }) => ({ ...judging, done: _count.verdicts }));
}
