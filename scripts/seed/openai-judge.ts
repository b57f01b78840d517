import type { TPrisma } from "@/lib/db/prisma";
import { createJudgings, type TJudgingEnqueuer } from "@/lib/judging/create";

export type TJudgeTargets = { runIds: string[]; includeReference: boolean };

/**
 * What this judge has not graded yet on the dataset: its open-QA runs (the experiment's and the local ones) and the
 * reference answers (the "dataset" row). Any earlier judging by this judge counts, so a second seed adds nothing.
 */
export async function findJudgeTargets(
  db: TPrisma,
  target: { judgeEndpointId: string; datasetId: string },
): Promise<TJudgeTargets> {
  const [runs, judgings] = await Promise.all([
    db.run.findMany({
      where: { datasetId: target.datasetId, task: "OPEN_QA", status: { notIn: ["FAILED", "CANCELLED"] } },
      select: { id: true },
      orderBy: { createdAt: "asc" },
    }),
    db.judging.findMany({ where: target, select: { runId: true } }),
  ]);
  const judged = new Set(judgings.map((judging) => judging.runId));
  return {
    runIds: runs.map((run) => run.id).filter((id) => !judged.has(id)),
    includeReference: !judged.has(null),
  };
}

/** Queues the judgings (a run's judging waits until the run has finished, so runs still going are fine). */
export async function ensureJudgings(
  deps: { db: TPrisma; queue: TJudgingEnqueuer },
  target: { judgeEndpointId: string; datasetId: string },
): Promise<string[]> {
  const { runIds, includeReference } = await findJudgeTargets(deps.db, target);
  if (runIds.length === 0 && !includeReference) return [];
  const created: string[] = [];
  // POST /api/judgings takes at most 20 runs at a time; the reference answers go with the first batch.
  for (let start = 0; start === 0 || start < runIds.length; start += 20) {
    const batch = runIds.slice(start, start + 20);
    const { ids } = await createJudgings(deps.db, deps.queue, {
      judgeEndpointId: target.judgeEndpointId,
      datasetId: target.datasetId,
      ...(batch.length > 0 ? { runIds: batch } : {}),
      includeReference: start === 0 && includeReference,
    });
    created.push(...ids);
  }
  return created;
}
