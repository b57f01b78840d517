import { fitSoftmaxRegression, softmaxProbabilities, type TDenseData } from "./softmax-regression";

/** Penalties tried, strongest first (half decades); each fit starts from the previous one's coefficients. */
export const L2_CANDIDATES = [1, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001] as const;
export const DEFAULT_FOLDS = 5;

export type TCandidateScore = { l2: number; logLoss: number; accuracy: number };

/** Standardisation of each feature (mean 0, variance 1) learnt from the rows it is fitted on. */
export type TScaling = { mean: Float64Array; scale: Float64Array };

export function fitScaling(x: Float64Array, rows: number, dimensions: number): TScaling {
  const mean = new Float64Array(dimensions);
  const scale = new Float64Array(dimensions);
  for (let i = 0; i < rows; i++) for (let j = 0; j < dimensions; j++) mean[j] = mean[j]! + x[i * dimensions + j]!;
  for (let j = 0; j < dimensions; j++) mean[j] = mean[j]! / rows;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < dimensions; j++) scale[j] = scale[j]! + (x[i * dimensions + j]! - mean[j]!) ** 2;
  for (let j = 0; j < dimensions; j++) {
    const deviation = Math.sqrt(scale[j]! / rows);
    // A constant feature carries nothing: it is left centred at 0 rather than divided by 0.
    scale[j] = deviation > 1e-12 ? deviation : 1;
  }
  return { mean, scale };
}

export function applyScaling(scaling: TScaling, x: Float64Array, rows: number, dimensions: number): Float64Array {
  const out = new Float64Array(rows * dimensions);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < dimensions; j++)
      out[i * dimensions + j] = (x[i * dimensions + j]! - scaling.mean[j]!) / scaling.scale[j]!;
  return out;
}

/**
 * Stratified fold of each row: within each class, rows in order are dealt to folds 0, 1, ..., k-1, 0, ... So every
 * fold holds about 1/k of every class, and the assignment depends on nothing but the data's order.
 */
export function assignFolds(y: Int32Array, folds: number): Int32Array {
  const seen = new Map<number, number>();
  return Int32Array.from(y, (label) => {
    const position = seen.get(label) ?? 0;
    seen.set(label, position + 1);
    return position % folds;
  });
}

function subset(data: TDenseData, keep: (row: number) => boolean): TDenseData {
  const rows: number[] = [];
  for (let i = 0; i < data.rows; i++) if (keep(i)) rows.push(i);
  const x = new Float64Array(rows.length * data.dimensions);
  rows.forEach((row, i) =>
    x.set(data.x.subarray(row * data.dimensions, (row + 1) * data.dimensions), i * data.dimensions),
  );
  return { ...data, x, y: Int32Array.from(rows, (row) => data.y[row]!), rows: rows.length };
}

function scaled(data: TDenseData, scaling: TScaling): TDenseData {
  return { ...data, x: applyScaling(scaling, data.x, data.rows, data.dimensions) };
}

export type TCrossValidationOptions = {
  folds?: number;
  candidates?: readonly number[];
  /**
   * Awaited before the first fit and after each one (done of folds × candidates): where a fit in the workers yields
   * to the event loop, reports its progress and stops on a cancel (fit-progress.ts).
   */
  afterFit?: (done: number, total: number) => Promise<void>;
};

/**
 * k-fold cross-validation of each penalty on the given (TRAIN) rows only: fit on k-1 folds (standardised with their
 * own statistics), score the held-out fold; the penalty with the lowest mean held-out log-loss wins, the stronger
 * one on a tie. Log-loss rather than accuracy: it ranks penalties by the probabilities they give, which accuracy
 * ties on small folds.
 */
export async function crossValidateL2(
  data: TDenseData,
  options: TCrossValidationOptions = {},
): Promise<{ l2: number; scores: TCandidateScore[]; folds: number }> {
  const folds = Math.max(2, Math.min(options.folds ?? DEFAULT_FOLDS, data.rows));
  const candidates = options.candidates ?? L2_CANDIDATES;
  const fold = assignFolds(data.y, folds);
  const totals = candidates.map(() => ({ logLoss: 0, correct: 0 }));
  const fits = folds * candidates.length;
  await options.afterFit?.(0, fits);
  for (let f = 0; f < folds; f++) {
    const training = subset(data, (row) => fold[row] !== f);
    const held = subset(data, (row) => fold[row] === f);
    if (held.rows === 0 || training.rows === 0) {
      await options.afterFit?.((f + 1) * candidates.length, fits);
      continue;
    }
    const scaling = fitScaling(training.x, training.rows, training.dimensions);
    const train = scaled(training, scaling);
    const test = scaled(held, scaling);
    let init: Float64Array | undefined;
    for (const [c, l2] of candidates.entries()) {
      const fit = fitSoftmaxRegression(train, { l2, init });
      init = fit.coefficients;
      for (let i = 0; i < test.rows; i++) {
        const p = softmaxProbabilities(
          fit.coefficients,
          test.x.subarray(i * test.dimensions, (i + 1) * test.dimensions),
          test.dimensions,
          test.classes,
        );
        const label = test.y[i]!;
        totals[c]!.logLoss -= Math.log(Math.max(p[label]!, 1e-15));
        if (argmax(p) === label) totals[c]!.correct += 1;
      }
      await options.afterFit?.(f * candidates.length + c + 1, fits);
    }
  }
  const scores = candidates.map((l2, c) => ({
    l2,
    logLoss: totals[c]!.logLoss / data.rows,
    accuracy: totals[c]!.correct / data.rows,
  }));
  let best = scores[0]!;
  for (const score of scores) if (score.logLoss < best.logLoss - 1e-12) best = score;
  return { l2: best.l2, scores, folds };
}

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
