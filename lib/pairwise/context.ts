import type { PairwiseJudging } from "@/lib/db/generated/client";
import type { TJobDeps } from "@/lib/jobs/deps";
import type { TEndpointForCall } from "@/lib/jobs/model-call";
import type { TPairwiseTarget } from "./items";

export type TPairwiseContext = { job: TPairwiseTarget & { rubric: string }; judges: TEndpointForCall[] };

/** The item queries' view of a pairwise judging row. */
export function toPairwiseTarget(judging: PairwiseJudging): TPairwiseTarget & { rubric: string } {
  const { id, datasetId, split, runIds, includeReference, judgeEndpointIds, total, lastIndex, rubric } = judging;
  const pairs = judging.pairs as [number, number][];
  return {
    id,
    datasetId,
    split,
    runIds,
    includeReference,
    pairs,
    judges: judgeEndpointIds.length,
    total,
    lastIndex,
    rubric,
  };
}

/** What judging a pairwise judging's calls needs: its contestants, pairs, rubric and decrypted judge endpoints. */
export async function loadPairwiseContext(deps: TJobDeps, id: string): Promise<TPairwiseContext> {
  const judging = await deps.db.pairwiseJudging.findUniqueOrThrow({ where: { id } });
  const judges = await Promise.all(judging.judgeEndpointIds.map((endpointId) => deps.loadEndpoint(endpointId)));
  return { job: toPairwiseTarget(judging), judges };
}
