import { ApiError } from "@/lib/api/errors";
import type { TPrisma } from "@/lib/db/prisma";
import type { TJudgingEnqueuer } from "./engine-types";

async function findStatus(db: TPrisma, judgingId: string) {
  const judging = await db.judging.findUnique({ where: { id: judgingId }, select: { status: true } });
  if (!judging) throw new ApiError(404, "judging_not_found", `Judging ${judgingId} does not exist.`);
  return judging.status;
}

/** Cancel: chunks still queued find the judging CANCELLED and return without calling the judge. */
export async function cancelJudging(db: TPrisma, judgingId: string): Promise<void> {
  const status = await findStatus(db, judgingId);
  if (status !== "QUEUED" && status !== "RUNNING") {
    throw new ApiError(
      409,
      "judging_not_active",
      `Judging ${judgingId} is ${status.toLowerCase()}; only a queued or running judging can be cancelled.`,
    );
  }
  await db.judging.updateMany({
    where: { id: judgingId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "CANCELLED", finishedAt: new Date() },
  });
}

/**
 * Resume a cancelled or failed judging: answers that already have a judgement are kept (never paid twice); the
 * others are dispatched again under a new generation, so their chunk jobs get fresh ids.
 */
export async function resumeJudging(db: TPrisma, queue: TJudgingEnqueuer, judgingId: string): Promise<void> {
  const status = await findStatus(db, judgingId);
  if (status === "QUEUED" || status === "RUNNING" || status === "COMPLETED") return;
  const started = await db.judging.findUniqueOrThrow({ where: { id: judgingId }, select: { startedAt: true } });
  await db.judging.update({
    where: { id: judgingId },
    // Never started (cancelled while waiting for its run): back to QUEUED, so dispatch fixes its total.
    data: {
      status: started.startedAt ? "RUNNING" : "QUEUED",
      generation: { increment: 1 },
      errorMessage: null,
      finishedAt: null,
    },
  });
  await queue.enqueueDispatch(judgingId);
}
