/**
 * Multinomial logistic regression on dense features (embeddings), fitted to convergence: the minimum of
 *   mean cross-entropy + (l2 / 2) · ‖W‖²   (the intercepts unpenalised),
 * a strictly convex objective for l2 > 0, so the answer does not depend on the optimiser (the unit test checks it
 * against a naive implementation). Accelerated gradient descent (Nesterov, step 1/L with L bounded from the
 * features' largest eigenvalue, momentum restarted when it stops helping) until the largest gradient entry is below
 * `tolerance`. Deterministic: the same data always gives the same coefficients.
 *
 * lib/local-models/logistic-regression.ts is the fine-tune trainer's: sparse TF-IDF features, a fixed number of
 * mini-batch epochs at a given learning rate, losses reported per epoch. Choosing the penalty by cross-validation
 * needs each fit to reach the optimum of its penalty instead, hence this one.
 */

/** Rows of `dimensions` features, row-major; labels are class numbers 0..classes-1. */
export type TDenseData = { x: Float64Array; y: Int32Array; rows: number; dimensions: number; classes: number };

/** Per class: `dimensions` weights then the intercept ((dimensions + 1) × classes numbers). */
export type TSoftmaxCoefficients = Float64Array;

export type TFitOptions = { l2: number; init?: TSoftmaxCoefficients; tolerance?: number; maxIterations?: number };

export type TFitResult = { coefficients: TSoftmaxCoefficients; iterations: number; converged: boolean };

/** Class probabilities of one row. */
export function softmaxProbabilities(
  coefficients: TSoftmaxCoefficients,
  row: ArrayLike<number>,
  dimensions: number,
  classes: number,
): Float64Array {
  const scores = new Float64Array(classes);
  const width = dimensions + 1;
  let top = -Infinity;
  for (let k = 0; k < classes; k++) {
    const offset = k * width;
    let total = coefficients[offset + dimensions]!;
    for (let j = 0; j < dimensions; j++) total += coefficients[offset + j]! * row[j]!;
    scores[k] = total;
    if (total > top) top = total;
  }
  let sum = 0;
  for (let k = 0; k < classes; k++) {
    scores[k] = Math.exp(scores[k]! - top);
    sum += scores[k]!;
  }
  for (let k = 0; k < classes; k++) scores[k] = scores[k]! / sum;
  return scores;
}

/** The objective's value and gradient at `coefficients` (the gradient written into `gradient`). */
export function objectiveAndGradient(
  data: TDenseData,
  coefficients: TSoftmaxCoefficients,
  l2: number,
  gradient: Float64Array,
): number {
  const { x, y, rows, dimensions, classes } = data;
  const width = dimensions + 1;
  gradient.fill(0);
  let loss = 0;
  const row = new Float64Array(dimensions);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < dimensions; j++) row[j] = x[i * dimensions + j]!;
    const p = softmaxProbabilities(coefficients, row, dimensions, classes);
    const label = y[i]!;
    loss -= Math.log(Math.max(p[label]!, 1e-300));
    for (let k = 0; k < classes; k++) {
      const error = p[k]! - (k === label ? 1 : 0);
      if (error === 0) continue;
      const offset = k * width;
      for (let j = 0; j < dimensions; j++) gradient[offset + j] = gradient[offset + j]! + error * row[j]!;
      gradient[offset + dimensions] = gradient[offset + dimensions]! + error;
    }
  }
  let penalty = 0;
  for (let k = 0; k < classes; k++) {
    const offset = k * width;
    for (let j = 0; j < width; j++) {
      gradient[offset + j] = gradient[offset + j]! / rows;
      if (j === dimensions) continue;
      const w = coefficients[offset + j]!;
      gradient[offset + j] = gradient[offset + j]! + l2 * w;
      penalty += w * w;
    }
  }
  return loss / rows + (l2 / 2) * penalty;
}

/**
 * Largest eigenvalue of X̃ᵀX̃ / n (X̃: the features and a column of ones), by power iteration. Half of it plus l2
 * bounds the curvature of the objective (the softmax's Hessian is at most 1/2 in every direction).
 */
export function largestEigenvalue(data: TDenseData, iterations = 60): number {
  const { x, rows, dimensions } = data;
  const width = dimensions + 1;
  let v = new Float64Array(width).fill(1 / Math.sqrt(width));
  let value = 0;
  for (let step = 0; step < iterations; step++) {
    const next = new Float64Array(width);
    for (let i = 0; i < rows; i++) {
      let dot = v[dimensions]!;
      for (let j = 0; j < dimensions; j++) dot += x[i * dimensions + j]! * v[j]!;
      for (let j = 0; j < dimensions; j++) next[j] = next[j]! + dot * x[i * dimensions + j]!;
      next[dimensions] = next[dimensions]! + dot;
    }
    let norm = 0;
    for (let j = 0; j < width; j++) norm += next[j]! * next[j]!;
    norm = Math.sqrt(norm) / rows;
    if (norm === 0) return 0;
    value = norm;
    for (let j = 0; j < width; j++) next[j] = next[j]! / (norm * rows);
    v = next;
  }
  return value;
}

/** Fits the coefficients for one penalty (warm-started from `init` when given). */
export function fitSoftmaxRegression(data: TDenseData, options: TFitOptions): TFitResult {
  const size = (data.dimensions + 1) * data.classes;
  const tolerance = options.tolerance ?? 1e-5;
  const maxIterations = options.maxIterations ?? 3000;
  // Power iteration approaches the eigenvalue from below: a margin keeps the step safely under 1/L.
  let lipschitz = 0.5 * largestEigenvalue(data) * 1.1 + options.l2;
  const current = options.init ? Float64Array.from(options.init) : new Float64Array(size);
  let previous = Float64Array.from(current);
  const point = new Float64Array(size);
  const gradient = new Float64Array(size);
  let momentum = 1;
  let value = objectiveAndGradient(data, current, options.l2, gradient);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const nextMomentum = (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
    const beta = (momentum - 1) / nextMomentum;
    for (let j = 0; j < size; j++) point[j] = current[j]! + beta * (current[j]! - previous[j]!);
    objectiveAndGradient(data, point, options.l2, gradient);
    let largest = 0;
    for (let j = 0; j < size; j++) largest = Math.max(largest, Math.abs(gradient[j]!));
    if (largest < tolerance && beta === 0) return { coefficients: current, iterations: iteration, converged: true };
    const step = 1 / lipschitz;
    const next = new Float64Array(size);
    let progress = 0;
    for (let j = 0; j < size; j++) {
      next[j] = point[j]! - step * gradient[j]!;
      progress += gradient[j]! * (next[j]! - current[j]!);
    }
    const nextValue = objectiveAndGradient(data, next, options.l2, new Float64Array(size));
    if (nextValue > value + 1e-12) {
      // Momentum overshot (or the curvature bound was short): restart from the last point, and from a plain step
      // that still fails to descend, take a smaller one.
      if (beta === 0) lipschitz *= 2;
      previous = Float64Array.from(current);
      momentum = 1;
      continue;
    }
    previous = current.slice();
    current.set(next);
    value = nextValue;
    // Gradient restart (O'Donoghue & Candès): momentum pointing uphill is dropped.
    momentum = progress > 0 ? 1 : nextMomentum;
    if (largest < tolerance) return { coefficients: current, iterations: iteration, converged: true };
  }
  return { coefficients: current, iterations: maxIterations, converged: false };
}
