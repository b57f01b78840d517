// The review queues the contract test's review calls read (issue 15): one over a run's outputs, one over a judging's
// grades, both recorded as created by the
// oldest user (the creator is only recorded: the calls themselves review as the contract test's admin).
import { prisma } from "@/lib/db/prisma";
import { createReviewQueue } from "@/lib/review/create-queue";

export async function seedReviewQueues(runId: string, judgingId: string) {
  const { id: userId } = await prisma.user.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const runQueue = await createReviewQueue(prisma, { source: "run", runId, view: "all", reviewsPerItem: 1 }, userId);
  const gradesQueue = await createReviewQueue(
    prisma,
    { source: "judge-grades", judgingId, maxGrade: 10, scaleMin: 1, scaleMax: 10, reviewsPerItem: 1 },
    userId,
  );
  return { runQueueId: runQueue.id, gradesQueueId: gradesQueue.id };
}
