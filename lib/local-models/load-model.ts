import { ApiError } from "@/lib/api/errors";
import type { TPrisma } from "@/lib/db/prisma";
import { predictKeywordZeroShot } from "./keyword-zero-shot";
import { findMajorityLabel } from "./majority";
import { formatLocalModelName, listLocalModelKinds, type TLocalModelName } from "./model-name";
import { findNaiveBayesPosterior, type TLabelLogprob } from "./posterior";
import { predictNaiveBayes, trainNaiveBayes, type TLabelledText } from "./naive-bayes";
import { answerByRetrieval, buildRetrievalIndex } from "./retrieval";

/** A trained local model: text in, answer out; naive Bayes also gives its posterior (lib/local-models/posterior.ts). */
export type TLocalPredictor = ((text: string) => string) & { posterior?: (text: string) => TLabelLogprob[] };

type TDatasetInfo = { task: "CLASSIFICATION" | "OPEN_QA"; labels: string[] };

// Datasets are immutable, so a model trained on one never goes stale; the bound only caps memory.
const MAX_CACHED_MODELS = 16;
const cache = new Map<string, Promise<TLocalPredictor>>();

/**
 * The model for this name, trained on the dataset's TRAIN split the first time it is asked for in this process.
 * Concurrent first requests share one training; a failed training is forgotten so the next request tries again.
 */
export function loadLocalModel(db: TPrisma, name: TLocalModelName): Promise<TLocalPredictor> {
  const key = formatLocalModelName(name);
  const cached = cache.get(key);
  if (cached) return cached;
  const training = trainLocalModel(db, name);
  cache.set(key, training);
  training.catch(() => cache.delete(key));
  if (cache.size > MAX_CACHED_MODELS) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return training;
}

async function trainLocalModel(db: TPrisma, name: TLocalModelName): Promise<TLocalPredictor> {
  const model = formatLocalModelName(name);
  const dataset = await db.dataset.findUnique({ where: { id: name.datasetId }, select: { task: true, labels: true } });
  if (!dataset) throw new ApiError(404, "model_not_found", `The model "${model}" does not exist: no such dataset.`);
  if (!listLocalModelKinds(dataset.task).includes(name.kind)) {
    throw new ApiError(404, "model_not_found", `The model "${model}" does not exist for a ${dataset.task} dataset.`);
  }
  if (name.kind === "keyword-zero-shot") return fromLabels(dataset);
  const rows = await db.sample.findMany({
    where: { datasetId: name.datasetId, split: "TRAIN" },
    select: { input: true, expected: true },
    orderBy: { index: "asc" },
  });
  if (rows.length === 0) {
    throw new ApiError(400, "no_training_data", `The model "${model}" cannot be trained: the TRAIN split is empty.`);
  }
  return fromTrainingRows(name.kind, rows);
}

function fromLabels(dataset: TDatasetInfo): TLocalPredictor {
  return (text) => predictKeywordZeroShot(dataset.labels, text);
}

function fromTrainingRows(kind: "naive-bayes" | "majority" | "retrieval-qa", rows: TLabelledText[]): TLocalPredictor {
  if (kind === "majority") {
    const label = findMajorityLabel(rows.map((row) => row.expected));
    return () => label;
  }
  if (kind === "retrieval-qa") {
    const index = buildRetrievalIndex(rows);
    return (text) => answerByRetrieval(index, text);
  }
  const model = trainNaiveBayes(rows);
  return Object.assign((text: string) => predictNaiveBayes(model, text), {
    posterior: (text: string) => findNaiveBayesPosterior(model, text),
  });
}
