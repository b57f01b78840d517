import { z } from "zod";
import type { TDb } from "@/lib/db/prisma";
import { progressOf } from "./progress";

export const ZQueueListQuery = z.object({ datasetId: z.uuid().optional() });

/** Review queues, newest first, with their progress (decided, in conflict, total). */
export async function listReviewQueues(db: TDb, filter: { datasetId?: string | undefined }) {
  const queues = await db.reviewQueue.findMany({
    where: filter.datasetId ? { datasetId: filter.datasetId } : {},
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { dataset: { select: { name: true } } },
  });
  return queues.map((queue) => ({
    id: queue.id,
    name: queue.name,
    source: queue.source,
    datasetId: queue.datasetId,
    datasetName: queue.dataset.name,
    runId: queue.runId,
    reviewsPerItem: queue.reviewsPerItem,
    itemCount: queue.itemCount,
    createdAt: queue.createdAt.toISOString(),
    progress: progressOf(queue),
  }));
}
