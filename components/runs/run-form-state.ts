import type { TCapabilities } from "@/lib/answer-modes/capabilities";
import type { TAnswerMode } from "@/lib/answer-modes/modes";
import { DEFAULT_CLASSIFICATION_TEMPLATE, DEFAULT_OPEN_QA_TEMPLATE } from "@/lib/runs/prompt";
import { DEFAULT_MAX_TOKENS } from "@/lib/runs/schemas";

/** The new-run form as typed (strings, as inputs hold them) and its translation into the POST /api/runs body. */

export type TTask = "CLASSIFICATION" | "OPEN_QA";
export type TDatasetOption = {
  id: string;
  name: string;
  task: TTask;
  trainCount: number;
  testCount: number;
  /** Accuracy of the best completed run so far: the power planner's default. */
  bestAccuracy?: number | null;
};
export type TEndpointOption = {
  id: string;
  name: string;
  model: string;
  tags: string[];
  inputPricePerM: number | null;
  outputPricePerM: number | null;
  /** What Test connection found about the answer modes; null when never probed. */
  capabilities?: TCapabilities | null;
};

export type TRunForm = {
  datasetId: string;
  endpointIds: string[];
  split: "TEST" | "TRAIN";
  limit: string;
  shots: string;
  temperature: string;
  maxTokens: string;
  seed: string;
  promptTemplate: string;
  /** Once the analyst edits the template, switching datasets no longer replaces it with a default. */
  templateEdited: boolean;
  answerMode: TAnswerMode;
  withLogprobs: boolean;
};

/** Like the API's schema: k-shot needs TRAIN rows, and at most 20 examples. */
export const MAX_SHOTS = 20;

export function getDefaultTemplate(task: TTask): string {
  return task === "CLASSIFICATION" ? DEFAULT_CLASSIFICATION_TEMPLATE : DEFAULT_OPEN_QA_TEMPLATE;
}

export function createInitialRunForm(
  datasets: readonly TDatasetOption[],
  endpoints: readonly TEndpointOption[],
  requestedDatasetId?: string | null,
): TRunForm {
  const dataset = datasets.find((option) => option.id === requestedDatasetId) ?? datasets[0];
  return {
    datasetId: dataset?.id ?? "",
    // With a single model there is nothing to choose.
    endpointIds: endpoints.length === 1 && endpoints[0] ? [endpoints[0].id] : [],
    split: "TEST",
    limit: "",
    shots: "0",
    temperature: "0",
    maxTokens: "",
    seed: "1",
    promptTemplate: getDefaultTemplate(dataset?.task ?? "CLASSIFICATION"),
    templateEdited: false,
    answerMode: "FREE_TEXT",
    withLogprobs: false,
  };
}

export function selectDataset(form: TRunForm, dataset: TDatasetOption): TRunForm {
  return {
    ...form,
    datasetId: dataset.id,
    split: form.split === "TRAIN" && dataset.trainCount === 0 ? "TEST" : form.split,
    promptTemplate: form.templateEdited ? form.promptTemplate : getDefaultTemplate(dataset.task),
  };
}

export function toggleEndpoint(form: TRunForm, endpointId: string): TRunForm {
  const selected = form.endpointIds.includes(endpointId);
  return {
    ...form,
    endpointIds: selected ? form.endpointIds.filter((id) => id !== endpointId) : [...form.endpointIds, endpointId],
  };
}

/** Whether k-shot is possible for this dataset and split, and why not when it is not. */
export function describeShots(
  dataset: TDatasetOption | undefined,
  split: TRunForm["split"],
): { max: number; disabledReason: string | null } {
  if (!dataset) return { max: 0, disabledReason: "Choose a dataset first." };
  if (dataset.task === "OPEN_QA") {
    return { max: 0, disabledReason: "Examples are for classification; open questions are asked on their own." };
  }
  if (dataset.trainCount === 0) {
    return {
      max: 0,
      disabledReason:
        "This dataset has no TRAIN rows, and examples only ever come from TRAIN. Upload it again with a test fraction below 1 to use k-shot.",
    };
  }
  if (split === "TRAIN") {
    return { max: 0, disabledReason: "Examples come from TRAIN, so a k-shot run must evaluate the TEST split." };
  }
  return { max: Math.min(MAX_SHOTS, dataset.trainCount), disabledReason: null };
}

/** "" → absent; anything else a number (a non-number goes through as NaN → null in JSON, which the API rejects). */
function readNumber(value: string): number | undefined {
  return value.trim() === "" ? undefined : Number(value);
}

/** The JSON body of POST /api/runs (and of its preview). Shots that are not possible are sent as 0. */
export function toRunRequestBody(form: TRunForm, dataset: TDatasetOption | undefined) {
  const shotsAllowed = describeShots(dataset, form.split).disabledReason === null;
  return {
    datasetId: form.datasetId,
    endpointIds: form.endpointIds,
    split: form.split,
    limit: readNumber(form.limit),
    shots: shotsAllowed ? (readNumber(form.shots) ?? 0) : 0,
    temperature: readNumber(form.temperature) ?? 0,
    maxTokens: readNumber(form.maxTokens),
    seed: readNumber(form.seed),
    promptTemplate: form.promptTemplate,
    // Answer modes are for classification; open QA runs are free text, whatever the form held.
    answerMode: dataset?.task === "OPEN_QA" ? undefined : form.answerMode,
    withLogprobs: dataset?.task === "OPEN_QA" ? undefined : form.withLogprobs,
  };
}

export function getDefaultMaxTokens(task: TTask | undefined): number {
  return DEFAULT_MAX_TOKENS[task ?? "CLASSIFICATION"];
}

/** The API's 422 details ([{ path, message }]) as one message per form field. */
export function toFieldErrors(details: unknown): Record<string, string> {
  if (!Array.isArray(details)) return {};
  const errors: Record<string, string> = {};
  for (const detail of details) {
    if (typeof detail !== "object" || detail === null) continue;
    const { path, message } = detail as { path?: unknown; message?: unknown };
    if (typeof path !== "string" || typeof message !== "string") continue;
    const field = path.split(".")[0] || "form";
    errors[field] ??= message;
  }
  return errors;
}

/** Samples the run would evaluate: the split, or its first `limit` rows (the preview's count, before it arrives). */
export function countSplitSamples(form: TRunForm, dataset: TDatasetOption): number {
  const inSplit = form.split === "TRAIN" ? dataset.trainCount : dataset.testCount;
  const limit = readNumber(form.limit);
  return typeof limit === "number" && limit > 0 ? Math.min(limit, inSplit) : inSplit;
}
