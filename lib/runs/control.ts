import { ApiError } from "@/lib/api/errors";
import type { TPrisma } from "@/lib/db/prisma";
import type { TRunQueue } from "./engine-types";
import { deleteRunSummary } from "./summary";

/** Cancel: chunks still queued find the run CANCELLED and return without calling the model. */
export async function cancelRun(db: TPrisma, runId: string): Promise<void> {
  const run = await db.run.findUnique({ where: { id: runId }, select: { status: true } });
  if (!run) throw new ApiError(404, "run_not_found", `Run ${runId} does not exist.`);
  if (run.status !== "QUEUED" && run.status !== "RUNNING") {
    throw new ApiError(
      409,
      "run_not_active",
      `Run ${runId} is ${run.status.toLowerCase()}; only a queued or running run can be cancelled.`,
    );
  }
  await db.run.updateMany({
    where: { id: runId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "CANCELLED", finishedAt: new Date() },
  });
}

/**
 * Resume a cancelled or failed run: samples that already have an output are kept (never paid twice); the others are
 * dispatched again under a new generation, so their chunk jobs get fresh ids.
 */
export async function resumeRun(db: TPrisma, queue: Pick<TRunQueue, "enqueueDispatch">, runId: string): Promise<void> {
  const run = await db.run.findUnique({ where: { id: runId }, select: { status: true } });
  if (!run) throw new ApiError(404, "run_not_found", `Run ${runId} does not exist.`);
  if (run.status === "QUEUED" || run.status === "RUNNING") return;
  await restartRun(db, queue, runId);
}

/** Deletes the outputs that are errors (not invalid answers) and runs those samples again. */
export async function rerunFailedSamples(
  db: TPrisma,
  queue: Pick<TRunQueue, "enqueueDispatch">,
  runId: string,
): Promise<{ samples: number }> {
  const run = await db.run.findUnique({ where: { id: runId }, select: { status: true } });
  if (!run) throw new ApiError(404, "run_not_found", `Run ${runId} does not exist.`);
  if (run.status === "QUEUED" || run.status === "RUNNING") {
    throw new ApiError(
      409,
      "run_active",
      "Wait for the run to finish (or cancel it) before re-running its failed samples.",
    );
  }
  // The summary goes first: it must never describe outputs that no longer exist.
  await deleteRunSummary(db, runId);
  const deleted = await db.output.deleteMany({ where: { runId, errorKind: { not: null } } });
  await restartRun(db, queue, runId);
  return { samples: deleted.count };
}

async function restartRun(db: TPrisma, queue: Pick<TRunQueue, "enqueueDispatch">, runId: string) {
  // The generation bump alone makes a stored summary stale; deleting it keeps no dead row around.
  await deleteRunSummary(db, runId);
  await db.run.update({
    where: { id: runId },
    data: { status: "RUNNING", generation: { increment: 1 }, errorMessage: null, finishedAt: null },
  });
  await queue.enqueueDispatch(runId);
}
