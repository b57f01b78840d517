import { prisma } from "@/lib/db/prisma";
import { createReviewQueue } from "@/lib/review/create-queue";
import { seedRunWithOutputs } from "./outputs-seed";

/**
 * A review queue over the `count` invalid answers of a fresh run (one item per answer), created by `creatorId`, and
 * its items in queue order.
 */
export async function seedInvalidAnswersQueue(
  count: number,
  creatorId: string,
  options: { reviewsPerItem: number; assigneeIds?: string[] },
) {
  const seed = await seedRunWithOutputs(Array.from({ length: count }, () => "!unsure"));
  const queue = await createReviewQueue(
    prisma,
    { source: "run", runId: seed.runId, view: "invalid", ...options },
    creatorId,
  );
  const items = await prisma.reviewItem.findMany({ where: { queueId: queue.id }, orderBy: { position: "asc" } });
  return { seed, queue, items };
}
