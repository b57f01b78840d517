import type { TSparse } from "./tfidf";

/**
 * Multinomial logistic regression (softmax) on sparse features, fitted by mini-batch gradient descent on the mean
 * cross-entropy plus an L2 penalty (λ/2 · ‖W‖², the bias unpenalised). Deterministic: batches are taken in order,
 * so the same data and settings always give the same coefficients (a fine-tuned model can be re-derived from its
 * file after a restart).
 */

export type TLogRegModel = { classes: string[]; features: number; weights: Float64Array[]; bias: Float64Array };
export type TExample = { x: TSparse; y: number };
export type TFitSettings = { epochs: number; learningRate: number; batchSize: number; l2: number };
export type TEpochLoss = { epoch: number; trainingLoss: number; validationLoss: number | null };

export function createModel(classes: string[], features: number): TLogRegModel {
  return {
    classes,
    features,
    weights: classes.map(() => new Float64Array(features)),
    bias: new Float64Array(classes.length),
  };
}

function score(row: Float64Array, bias: number, x: TSparse): number {
  let total = bias;
  for (let i = 0; i < x.ids.length; i++) total += row[x.ids[i]!]! * x.values[i]!;
  return total;
}

export function predictProbabilities(model: TLogRegModel, x: TSparse): number[] {
  const scores = model.weights.map((row, k) => score(row, model.bias[k]!, x));
  const top = Math.max(...scores);
  const exps = scores.map((value) => Math.exp(value - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

export function predictClass(model: TLogRegModel, x: TSparse): string {
  const probabilities = predictProbabilities(model, x);
  return model.classes[probabilities.indexOf(Math.max(...probabilities))]!;
}

/** Mean cross-entropy over the examples (no penalty): the loss a trainer reports. */
export function meanCrossEntropy(model: TLogRegModel, examples: readonly TExample[]): number {
  if (examples.length === 0) return 0;
  const total = examples.reduce(
    (sum, { x, y }) => sum - Math.log(Math.max(predictProbabilities(model, x)[y] ?? 0, 1e-15)),
    0,
  );
  return total / examples.length;
}

function step(model: TLogRegModel, batch: readonly TExample[], settings: TFitSettings): void {
  const k = model.classes.length;
  const gradW = model.weights.map(() => new Map<number, number>());
  const gradB = new Float64Array(k);
  for (const { x, y } of batch) {
    const p = predictProbabilities(model, x);
    p.forEach((probability, c) => {
      const error = probability - (c === y ? 1 : 0);
      gradB[c] = gradB[c]! + error;
      const grad = gradW[c]!;
      x.ids.forEach((id, i) => grad.set(id, (grad.get(id) ?? 0) + error * x.values[i]!));
    });
  }
  const rate = settings.learningRate;
  const scale = 1 / batch.length;
  // Each step descends the batch's mean cross-entropy plus the whole penalty (stochastic gradient of the objective).
  const decay = 1 - rate * settings.l2;
  model.weights.forEach((row, c) => {
    if (settings.l2 > 0) for (let j = 0; j < row.length; j++) row[j] = row[j]! * decay;
    for (const [j, g] of gradW[c]!) row[j] = row[j]! - rate * g * scale;
    model.bias[c] = model.bias[c]! - rate * gradB[c]! * scale;
  });
}

/** One pass over the training examples in order, in batches; returns the epoch's losses. */
export function fitEpoch(
  model: TLogRegModel,
  training: readonly TExample[],
  validation: readonly TExample[],
  settings: TFitSettings,
  epoch: number,
): TEpochLoss {
  const batchSize = Math.max(1, Math.min(settings.batchSize, training.length));
  for (let start = 0; start < training.length; start += batchSize) {
    step(model, training.slice(start, start + batchSize), settings);
  }
  return {
    epoch,
    trainingLoss: meanCrossEntropy(model, training),
    validationLoss: validation.length > 0 ? meanCrossEntropy(model, validation) : null,
  };
}

/** Trains in place; `onEpoch` receives each epoch's training and validation loss. */
export function fitLogisticRegression(
  model: TLogRegModel,
  training: readonly TExample[],
  validation: readonly TExample[],
  settings: TFitSettings,
  onEpoch: (loss: TEpochLoss) => void = () => {},
): TLogRegModel {
  for (let epoch = 1; epoch <= settings.epochs; epoch++)
    onEpoch(fitEpoch(model, training, validation, settings, epoch));
  return model;
}
