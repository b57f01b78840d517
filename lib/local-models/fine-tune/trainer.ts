import { createModel, fitEpoch, predictClass, type TEpochLoss, type TFitSettings } from "../logistic-regression";
import type { TLabelledText } from "../naive-bayes";
import { answerByRetrieval, buildRetrievalIndex } from "../retrieval";
import { fitTfidf, transformTfidf } from "../tfidf";

export type THyperparameters = { nEpochs: number; batchSize: number; learningRateMultiplier: number };
export type TPredict = (text: string) => string;

/** The base learning rate the multiplier scales (TF-IDF rows have unit length, so 1 is a stable step). */
export const BASE_LEARNING_RATE = 1;
export const L2_PENALTY = 1e-4;
export const MAX_CLASSES = 50;

/** Few distinct answers, each seen more than once on average: a label set (classification); else open answers. */
export function looksLikeClassification(rows: readonly TLabelledText[]): boolean {
  const distinct = new Set(rows.map((row) => row.expected)).size;
  return distinct <= MAX_CLASSES && distinct * 2 <= rows.length;
}

export function resolveHyperparameters(
  requested: { nEpochs?: number; batchSize?: number; learningRateMultiplier?: number },
  trainingRows: number,
): THyperparameters {
  return {
    nEpochs: requested.nEpochs ?? 20,
    batchSize: requested.batchSize ?? Math.max(1, Math.min(32, Math.ceil(trainingRows / 20))),
    learningRateMultiplier: requested.learningRateMultiplier ?? 1,
  };
}

/** A fit in progress, epoch by epoch, so the caller can record losses and stop between epochs. */
export type TTraining = {
  kind: "logistic-regression" | "retrieval";
  epochs: number;
  runEpoch: (epoch: number) => TEpochLoss;
  predict: TPredict;
};

/**
 * The built-in provider's "fine-tune": a TF-IDF multinomial logistic regression fitted by gradient descent for a
 * label set (one loss per epoch), the retrieval model for open answers (no epochs: it is an index, not a fit).
 */
export function startTraining(
  training: readonly TLabelledText[],
  validation: readonly TLabelledText[],
  hyper: THyperparameters,
): TTraining {
  if (!looksLikeClassification(training)) {
    const index = buildRetrievalIndex(training);
    return {
      kind: "retrieval",
      epochs: 0,
      runEpoch: (epoch) => ({ epoch, trainingLoss: 0, validationLoss: null }),
      predict: (text) => answerByRetrieval(index, text),
    };
  }
  const classes = [...new Set(training.map((row) => row.expected))].sort();
  const tfidf = fitTfidf(training.map((row) => row.input));
  const toExamples = (rows: readonly TLabelledText[]) =>
    rows
      .filter((row) => classes.includes(row.expected))
      .map((row) => ({ x: transformTfidf(tfidf, row.input), y: classes.indexOf(row.expected) }));
  const model = createModel(classes, tfidf.idf.length);
  const trainExamples = toExamples(training);
  const validExamples = toExamples(validation);
  const settings: TFitSettings = {
    epochs: hyper.nEpochs,
    batchSize: hyper.batchSize,
    learningRate: BASE_LEARNING_RATE * hyper.learningRateMultiplier,
    l2: L2_PENALTY,
  };
  return {
    kind: "logistic-regression",
    epochs: hyper.nEpochs,
    runEpoch: (epoch) => fitEpoch(model, trainExamples, validExamples, settings, epoch),
    predict: (text) => predictClass(model, transformTfidf(tfidf, text)),
  };
}

/** The whole fit at once (re-deriving a finished job's model: deterministic, so the same as when it trained). */
export function trainToEnd(training: TTraining): TPredict {
  for (let epoch = 1; epoch <= training.epochs; epoch++) training.runEpoch(epoch);
  return training.predict;
}
