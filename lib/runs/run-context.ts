import type { TJobDeps } from "@/lib/jobs/deps";
import type { TEndpointForCall } from "@/lib/jobs/model-call";
import {
  buildAnswerFormat,
  ZAnswerMode,
  ZGuidedChoiceField,
  type TAnswerFormat,
  type TAnswerMode,
} from "@/lib/answer-modes/modes";
import type { TShot } from "./prompt";
import { loadRunVersion } from "@/lib/versions/run-version";
import { drawShots } from "./sample-set";
import { ensureRunClassifier } from "@/lib/embedding-classifier/fit-run";
import type { TClassifier } from "@/lib/embedding-classifier/model";
import { isClassifierRun } from "@/lib/embedding-classifier/naming";

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
    answerMode: TAnswerMode;
    generation: number;
  };
  /** The answer mode's request fields (null for plain free text). */
  answerFormat: TAnswerFormat | null;
  labels: string[];
  /** Issue 15: expected labels corrected by the run's dataset version, by sample id. */
  relabelled: Map<number, string>;
  /** k-shot candidates (k + spares); each prompt takes k of them that are not its own text (pickShotsFor). */
  shots: TShot[];
  shotCount: number;
  endpoint: TEndpointForCall;
  /** An EMBEDDING_CLASSIFIER run's classifier, fitted on TRAIN before any TEST sample is scored; null otherwise. */
  classifier: TClassifier | null;
};

/** What answering a run's samples needs: its settings, labels, k-shot examples and decrypted endpoint. */
export async function loadRunContext(deps: TJobDeps, runId: string): Promise<TRunContext> {
  const run = await deps.db.run.findUniqueOrThrow({
    where: { id: runId },
    include: { dataset: { select: { labels: true } }, endpoint: { select: { guidedChoiceField: true } } },
  });
  const [endpoint, shots, version] = await Promise.all([
    deps.loadEndpoint(run.endpointId),
    drawShots(deps.db, { datasetId: run.datasetId, shots: run.shots, seed: run.seed }),
    loadRunVersion(deps.db, run.datasetVersionId),
  ]);
  const { id, datasetId, task, split, promptTemplate, temperature, maxTokens, seed, total, lastIndex } = run;
  const answerMode = ZAnswerMode.catch("FREE_TEXT").parse(run.answerMode);
  const labels = version.labels ?? run.dataset.labels;
  const classifier = isClassifierRun(run)
    ? await ensureRunClassifier(deps, { id, datasetId }, endpoint, version.relabelled)
    : null;
  return {
    job: {
      id,
      datasetId,
      task,
      split,
      promptTemplate,
      temperature,
      maxTokens,
      seed,
      total,
      lastIndex,
      answerMode,
      generation: run.generation,
    },
    answerFormat:
      run.task === "CLASSIFICATION"
        ? buildAnswerFormat(answerMode, labels, {
            guidedChoiceField: ZGuidedChoiceField.catch("guided_choice").parse(run.endpoint.guidedChoiceField),
            withLogprobs: run.withLogprobs,
          })
        : null,
    labels,
    relabelled: version.relabelled,
    shots,
    shotCount: run.shots,
    endpoint,
    classifier,
  };
}
