import { describe, expect, it } from "vitest";
import { assignFolds, crossValidateL2 } from "./cross-validate";
import { loadClassifier, trainClassifier } from "./model";
import { fitSoftmaxRegression, type TDenseData } from "./softmax-regression";

// A small fixed dataset: 3 classes in 2 dimensions, overlapping (so the optimum is finite even with a weak penalty).
const POINTS: [number, number, number][] = [
  [0.1, 0.2, 0],
  [0.4, -0.3, 0],
  [-0.2, 0.1, 0],
  [1.1, 0.9, 0],
  [0.3, 0.5, 0],
  [1.5, 1.2, 1],
  [2.1, 0.8, 1],
  [1.7, 1.9, 1],
  [0.2, 0.4, 1],
  [2.4, 1.4, 1],
  [-1.2, 1.8, 2],
  [-0.8, 2.2, 2],
  [-1.5, 1.1, 2],
  [0.5, 0.3, 2],
  [-0.4, 2.6, 2],
];

function toData(points: [number, number, number][]): TDenseData {
  return {
    x: Float64Array.from(points.flatMap(([a, b]) => [a, b])),
    y: Int32Array.from(points.map(([, , label]) => label)),
    rows: points.length,
    dimensions: 2,
    classes: 3,
  };
}

/** Naive reference: plain gradient descent with a small fixed step for many iterations, arrays of arrays. */
function naiveFit(points: [number, number, number][], l2: number, classes = 3): number[][] {
  const w = Array.from({ length: classes }, () => [0, 0, 0]); // [w1, w2, bias]
  for (let iteration = 0; iteration < 40_000; iteration++) {
    const grad = Array.from({ length: classes }, () => [0, 0, 0]);
    for (const [a, b, label] of points) {
      const scores = w.map(([w1, w2, bias]) => w1! * a + w2! * b + bias!);
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const total = exps.reduce((sum, e) => sum + e, 0);
      exps.forEach((e, k) => {
        const error = e / total - (k === label ? 1 : 0);
        grad[k]![0]! += (error * a) / points.length;
        grad[k]![1]! += (error * b) / points.length;
        grad[k]![2]! += error / points.length;
      });
    }
    w.forEach((row, k) => {
      row[0] = row[0]! - 0.05 * (grad[k]![0]! + l2 * row[0]!);
      row[1] = row[1]! - 0.05 * (grad[k]![1]! + l2 * row[1]!);
      row[2] = row[2]! - 0.05 * grad[k]![2]!;
    });
  }
  return w;
}

function naiveLogLoss(w: number[][], points: [number, number, number][]): { logLoss: number; correct: number } {
  let logLoss = 0;
  let correct = 0;
  for (const [a, b, label] of points) {
    const scores = w.map(([w1, w2, bias]) => w1! * a + w2! * b + bias!);
    const top = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - top));
    const total = exps.reduce((sum, e) => sum + e, 0);
    logLoss -= Math.log(exps[label]! / total);
    if (scores.indexOf(top) === label) correct += 1;
  }
  return { logLoss, correct };
}

function standardise(train: [number, number, number][], other: [number, number, number][]) {
  const mean = [0, 1].map((j) => train.reduce((sum, p) => sum + p[j]!, 0) / train.length);
  const sd = [0, 1].map((j) => Math.sqrt(train.reduce((sum, p) => sum + (p[j]! - mean[j]!) ** 2, 0) / train.length));
  const apply = (points: [number, number, number][]) =>
    points.map(
      ([a, b, label]) => [(a - mean[0]!) / sd[0]!, (b - mean[1]!) / sd[1]!, label] as [number, number, number],
    );
  return [apply(train), apply(other)] as const;
}

describe("softmax regression", () => {
  it("matches a naive gradient descent's coefficients at several penalties", () => {
    for (const l2 of [1, 0.1, 0.01]) {
      const fit = fitSoftmaxRegression(toData(POINTS), { l2, tolerance: 1e-9, maxIterations: 20_000 });
      expect(fit.converged).toBe(true);
      const reference = naiveFit(POINTS, l2);
      // The intercepts are identified only up to a shared shift; the penalty pins the weights, the mean of the
      // intercepts is 0 at the optimum (their gradient sums to 0 and they start at 0), so compare them as they are.
      reference.forEach((row, k) =>
        row.forEach((value, j) => expect(fit.coefficients[k * 3 + j]).toBeCloseTo(value, 4)),
      );
    }
  });

  it("solves a symmetric two-point problem checked by hand: l2·w = 1 − σ(2w)", () => {
    // x = +1 is class 0, x = -1 is class 1. By symmetry the intercepts are 0 and w₀ = −w₁ = w, and the optimum
    // solves l2·w = 1 − σ(2w): for l2 = 1, w ≈ 0.33742 (bisection below).
    const data: TDenseData = {
      x: Float64Array.from([1, -1]),
      y: Int32Array.from([0, 1]),
      rows: 2,
      dimensions: 1,
      classes: 2,
    };
    let low = 0;
    let high = 1;
    for (let i = 0; i < 60; i++) {
      const mid = (low + high) / 2;
      if (mid - (1 - 1 / (1 + Math.exp(-2 * mid))) < 0) low = mid;
      else high = mid;
    }
    expect(low).toBeCloseTo(0.33742, 4);
    const fit = fitSoftmaxRegression(data, { l2: 1, tolerance: 1e-10 });
    expect(fit.coefficients[0]).toBeCloseTo(low, 6);
    expect(fit.coefficients[2]).toBeCloseTo(-low, 6);
    expect(fit.coefficients[1]).toBeCloseTo(0, 6);
  });
});

describe("cross-validation of the penalty", () => {
  it("deals each class's rows to the folds in turn", () => {
    expect(Array.from(assignFolds(Int32Array.from([0, 0, 1, 0, 1, 1, 0]), 3))).toEqual([0, 1, 0, 2, 1, 2, 0]);
  });

  it("chooses the penalty a naive k-fold computation chooses, with the same held-out scores", async () => {
    const candidates = [3, 1, 0.3, 0.1, 0.03, 0.01];
    const folds = 3;
    const result = await crossValidateL2(toData(POINTS), { folds, candidates });
    // Naive: stratified folds by hand, standardised on each training part, fitted by the naive descent.
    const seen = [0, 0, 0];
    const fold = POINTS.map(([, , label]) => seen[label]!++ % folds);
    const reference = candidates.map((l2) => {
      let logLoss = 0;
      let correct = 0;
      for (let f = 0; f < folds; f++) {
        const [train, held] = standardise(
          POINTS.filter((_, i) => fold[i] !== f),
          POINTS.filter((_, i) => fold[i] === f),
        );
        const scored = naiveLogLoss(naiveFit(train, l2), held);
        logLoss += scored.logLoss;
        correct += scored.correct;
      }
      return { l2, logLoss: logLoss / POINTS.length, accuracy: correct / POINTS.length };
    });
    result.scores.forEach((score, c) => {
      expect(score.l2).toBe(reference[c]!.l2);
      expect(score.logLoss).toBeCloseTo(reference[c]!.logLoss, 3);
      expect(score.accuracy).toBeCloseTo(reference[c]!.accuracy, 10);
    });
    const best = reference.reduce((a, b) => (b.logLoss < a.logLoss ? b : a));
    expect(result.l2).toBe(best.l2);
    expect(result.folds).toBe(3);
  });
});

describe("trainClassifier", () => {
  it("predicts only TRAIN's labels, with the probability of the label it gives", async () => {
    const names = ["cardio", "neuro", "onco"];
    const trained = await trainClassifier(
      POINTS.map(([a, b]) => [a, b]),
      POINTS.map(([, , label]) => names[label]!),
      { folds: 3 },
    );
    expect(trained.model.classes).toEqual(names);
    const classifier = loadClassifier(trained.model);
    for (const [a, b] of [
      [2, 1],
      [-1, 2],
      [0, 0],
    ]) {
      const prediction = classifier.predict([a!, b!]);
      expect(names).toContain(prediction.label);
      expect(prediction.probability).toBe(Math.max(...prediction.probabilities));
      expect(prediction.probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    }
    expect(classifier.predict([2.2, 1.1]).label).toBe("neuro");
    expect(classifier.predict([-1.1, 2.0]).label).toBe("onco");
    expect(() => classifier.predict([1, 2, 3])).toThrow(/3 dimensions/);
  });

  it("refuses a TRAIN split with a single label", async () => {
    await expect(trainClassifier([[1], [2]], ["a", "a"])).rejects.toThrow(/two labels/);
  });
});
