import { ApiError } from "@/lib/api/errors";
import type { TPrisma } from "@/lib/db/prisma";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { planPairwiseJudging, type TPairwisePlan } from "./plan";
import type { TCreatePairwiseInput } from "./schemas";

/**
 * Creates one QUEUED pairwise judging (its total fixed: the runs are complete) and asks the workers to dispatch
 * it. If Redis is down, the reconciler dispatches it later: nothing is lost.
 */
export async function createPairwiseJudging(
  db: TPrisma,
  queue: TJobEnqueuer,
  input: TCreatePairwiseInput,
  options: { rejudgeOfId?: string } = {},
): Promise<{ id: string; plan: TPairwisePlan }> {
  const plan = await planPairwiseJudging(db, input);
  const judging = await db.pairwiseJudging.create({
    data: {
      datasetId: plan.datasetId,
      split: plan.split,
      runIds: plan.runIds,
      includeReference: plan.includeReference,
      judgeEndpointIds: plan.judgeEndpointIds,
      schedule: plan.schedule,
      baselineIndex: plan.baselineIndex,
      pairs: plan.pairs,
      rubric: plan.rubric,
      referenceGuided: plan.referenceGuided,
      rejudgeOfId: options.rejudgeOfId ?? null,
      total: plan.calls,
      lastIndex: plan.lastIndex,
      queuePrefix: queue.prefix,
    },
    select: { id: true },
  });
  await queue.enqueueDispatch(judging.id).catch((error: unknown) => {
    console.warn(`[pairwise] ${judging.id} stays QUEUED until the reconciler dispatches it: ${String(error)}`);
  });
  return { id: judging.id, plan };
}

/**
 * Re-judges a pairwise judging with another jury: a new judging with the same contestants, pairs and rubric. The
 * answers are the runs' stored outputs: no answering model is called again.
 */
export async function rejudgePairwise(
  db: TPrisma,
  queue: TJobEnqueuer,
  sourceId: string,
  judgeEndpointIds: string[],
): Promise<{ id: string; plan: TPairwisePlan }> {
  const source = await db.pairwiseJudging.findUnique({ where: { id: sourceId } });
  if (!source) throw new ApiError(404, "pairwise_not_found", `Pairwise ${sourceId} does not exist.`);
  const baseline =
    source.baselineIndex === null
      ? undefined
      : source.baselineIndex >= source.runIds.length
        ? "dataset"
        : source.runIds[source.baselineIndex];
  return createPairwiseJudging(
    db,
    queue,
    {
      judgeEndpointIds,
      runIds: source.runIds,
      includeReference: source.includeReference,
      schedule: baseline === undefined ? "all" : "baseline",
      baseline,
      rubric: source.rubric,
    },
    { rejudgeOfId: source.id },
  );
}
