import type { TJobDeps } from "@/lib/jobs/deps";
import type { TEndpointForCall } from "@/lib/jobs/model-call";
import type { TShot } from "./prompt";
import { loadRunVersion } from "@/lib/versions/run-version";
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
  /** Issue 15: expected labels corrected by the run's dataset version, by sample id. */
  relabelled: Map<number, string>;
  /** k-shot candidates (k + spares); each prompt takes k of them that are not its own text (pickShotsFor). */
  shots: TShot[];
  shotCount: number;
  endpoint: TEndpointForCall;
};

/** What answering a run's samples needs: its settings, labels, k-shot examples and decrypted endpoint. */
export async function loadRunContext(deps: TJobDeps, runId: string): Promise<TRunContext> {
  const run = await deps.db.run.findUniqueOrThrow({
    where: { id: runId },
    include: { dataset: { select: { labels: true } } },
  });
  const [endpoint, shots, version] = await Promise.all([
    deps.loadEndpoint(run.endpointId),
    drawShots(deps.db, { datasetId: run.datasetId, shots: run.shots, seed: run.seed }),
    loadRunVersion(deps.db, run.datasetVersionId),
  ]);
  const { id, datasetId, task, split, promptTemplate, temperature, maxTokens, seed, total, lastIndex } = run;
  return {
    job: { id, datasetId, task, split, promptTemplate, temperature, maxTokens, seed, total, lastIndex },
    labels: version.labels ?? run.dataset.labels,
    relabelled: version.relabelled,
    shots,
    shotCount: run.shots,
    endpoint,
  };
}
