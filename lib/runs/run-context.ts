import type { TJobDeps } from "@/lib/jobs/deps";
import type { TEndpointForCall } from "@/lib/jobs/model-call";
import {
  buildAnswerFormat,
  ZAnswerMode,
  ZGuidedChoiceField,
  type TAnswerFormat,
  type TAnswerMode,
} from "@/lib/answer-modes/modes";
import { isModeOffered, readCapabilities } from "@/lib/answer-modes/capabilities";
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
    /** The dataset version the run evaluates: its excluded samples are skipped, its corrected labels scored. */
    versionId: string | null;
  };
  /** The answer mode's request fields (null for plain free text). */
  answerFormat: TAnswerFormat | null;
  /**
   * LOGPROBS runs on an endpoint that takes a guided choice (or was never probed): the request fields of one scoring
   * call forcing a single label (lib/answer-modes/label-calls.ts). Null otherwise: shared mass is split evenly.
   */
  labelCallFormat: ((label: string) => TAnswerFormat) | null;
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
    include: {
      dataset: { select: { labels: true } },
      endpoint: { select: { guidedChoiceField: true, capabilities: true } },
    },
  });
  const [endpoint, shots, version] = await Promise.all([
    deps.loadEndpoint(run.endpointId),
    drawShots(deps.db, {
      datasetId: run.datasetId,
      shots: run.shots,
      seed: run.seed,
      versionId: run.datasetVersionId,
    }),
    loadRunVersion(deps.db, run.datasetVersionId),
  ]);
  const { id, datasetId, task, split, promptTemplate, temperature, maxTokens, seed, total, lastIndex } = run;
  const answerMode = ZAnswerMode.catch("FREE_TEXT").parse(run.answerMode);
  const labels = version.labels ?? run.dataset.labels;
  const guidedChoiceField = ZGuidedChoiceField.catch("guided_choice").parse(run.endpoint.guidedChoiceField);
  const classification = run.task === "CLASSIFICATION";
  const scoringCalls =
    classification &&
    answerMode === "LOGPROBS" &&
    isModeOffered(readCapabilities(run.endpoint.capabilities), "GUIDED_CHOICE");
  const classifier = isClassifierRun(run)
    ? await ensureRunClassifier(
        deps,
        { id, datasetId, versionId: run.datasetVersionId, generation: run.generation },
        endpoint,
        version.relabelled,
      )
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
      versionId: run.datasetVersionId,
    },
    answerFormat: classification
      ? buildAnswerFormat(answerMode, labels, { guidedChoiceField, withLogprobs: run.withLogprobs })
      : null,
    labelCallFormat: scoringCalls
      ? (label) => buildAnswerFormat("GUIDED_CHOICE", [label], { guidedChoiceField, withLogprobs: true })!
      : null,
    labels,
    relabelled: version.relabelled,
    shots,
    shotCount: run.shots,
    endpoint,
    classifier,
  };
}
