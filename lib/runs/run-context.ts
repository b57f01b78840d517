import type { TJobDeps } from "@/lib/jobs/deps";
import type { TEndpointForCall } from "@/lib/jobs/model-call";
import type { TShot } from "./prompt";
import { drawShots } from "./sample-set";

export type TRunContext = {
  job: {
    id: string;
    datasetId: string;
    task: "CLASSIFICATION" | "OPEN_QA";
    split: "TRAIN" | "TEST";
    promptTemplate: string;
    temperature: number;
    maxTokens: number;
    seed: number;
    total: number;
    lastIndex: number;
  };
  labels: string[];
  shots: TShot[];
  endpoint: TEndpointForCall;
};

/** What answering a run's samples needs: its settings, labels, k-shot examples and decrypted endpoint. */
export async function loadRunContext(deps: TJobDeps, runId: string): Promise<TRunContext> {
  const run = await deps.db.run.findUniqueOrThrow({
    where: { id: runId },
    include: { dataset: { select: { labels: true } } },
  });
  const [endpoint, shots] = await Promise.all([
    deps.loadEndpoint(run.endpointId),
    drawShots(deps.db, { datasetId: run.datasetId, shots: run.shots, seed: run.seed }),
  ]);
  const { id, datasetId, task, split, promptTemplate, temperature, maxTokens, seed, total, lastIndex } = run;
  return {
    job: { id, datasetId, task, split, promptTemplate, temperature, maxTokens, seed, total, lastIndex },
    labels: run.dataset.labels,
    shots,
    endpoint,
  };
}
