import type { TJobDeps } from "@/lib/jobs/deps";
import type { TEndpointForCall } from "@/lib/jobs/model-call";
import type { TJudgingTarget } from "./targets";

export type TJudgingContext = { job: TJudgingTarget & { rubric: string }; endpoint: TEndpointForCall };

/** What grading a judging's answers needs: its target, rubric and decrypted judge endpoint (fixed once started). */
export async function loadJudgingContext(deps: TJobDeps, judgingId: string): Promise<TJudgingContext> {
  const judging = await deps.db.judging.findUniqueOrThrow({ where: { id: judgingId } });
  const endpoint = await deps.loadEndpoint(judging.judgeEndpointId);
  const { id, datasetId, runId, split, total, lastIndex, rubric } = judging;
  return { job: { id, datasetId, runId, split, total, lastIndex, rubric }, endpoint };
}
