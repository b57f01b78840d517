import type { TDb } from "@/lib/db/prisma";
import type { TJudgingEngineDeps } from "./engine-types";
import { finalizeJudgingIfDone } from "./finalize";
import { countTargets, findChunksWithMissingJudgements, type TJudgingTarget } from "./targets";

/**
 * Starts a judging and queues one job per chunk that still has answers without a judgement. A judging of a run that
 * has not finished stays QUEUED (the reconciler dispatches it again later). Idempotent: chunk job ids are
 * deterministic, so dispatching twice queues nothing new.
 */
export async function dispatchJudging(deps: TJudgingEngineDeps, judgingId: string): Promise<{ chunks: number }> {
  const judging = await deps.db.judging.findUnique({
    where: { id: judgingId },
    include: { run: { select: { status: true } } },
  });
  if (!judging || !(judging.status === "QUEUED" || judging.status === "RUNNING")) return { chunks: 0 };
  if (judging.status === "QUEUED") {
    if (judging.run && (judging.run.status === "QUEUED" || judging.run.status === "RUNNING")) return { chunks: 0 };
    if (!(await startJudging(deps.db, judging))) return { chunks: 0 };
  }
  const target = await deps.db.judging.findUniqueOrThrow({ where: { id: judgingId } });
  const chunks = await findChunksWithMissingJudgements(deps.db, target);
  if (chunks.length === 0) {
    await finalizeJudgingIfDone(deps.db, judgingId);
    return { chunks: 0 };
  }
  await deps.queue.addChunks(judgingId, target.generation, chunks);
  return { chunks: chunks.length };
}

/** QUEUED → RUNNING; a run judging's total becomes the run's answered outputs now that the run is over. */
async function startJudging(db: TDb, judging: TJudgingTarget): Promise<boolean> {
  const total = judging.runId === null ? judging.total : await countTargets(db, judging);
  const updated = await db.judging.updateMany({
    where: { id: judging.id, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date(), total },
  });
  return updated.count > 0;
}
