import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";

export async function findQueueOr404(db: TDb, queueId: string) {
  const queue = await db.reviewQueue.findUnique({ where: { id: queueId } });
  if (!queue) throw new ApiError(404, "queue_not_found", `Review queue ${queueId} does not exist.`);
  return queue;
}
