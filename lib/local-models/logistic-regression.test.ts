import { describe, expect, it } from "vitest";
import {
  createModel,
  fitLogisticRegression,
  predictClass,
  type TEpochLoss,
  type TExample,
} from "./logistic-regression";
import { fitTfidf, transformTfidf } from "./tfidf";

// A small fixed dataset: three classes, three dense features (a sparse vector naming every feature).
const POINTS: [number[], number][] = [
  [[1, 0.2, 0], 0],
  [[0.9, 0, 0.1], 0],
  [[0.8, 0.3, 0.2], 0],
  [[0.1, 1, 0], 1],
  [[0, 0.8, 0.3], 1],
  [[0.2, 0.9, 0.1], 1],
  [[0, 0.1, 1], 2],
  [[0.3, 0, 0.9], 2],
  [[0.1, 0.2, 0.7], 2],
  [[0.6, 0.6, 0], 0],
];
const dense = (values: number[]) => ({ ids: values.map((_, i) => i), values });
const EXAMPLES: TExample[] = POINTS.map(([x, y]) => ({ x: dense(x), y }));
const L2 = 0.05;

/** The objective written again, densely and independently: mean cross-entropy + λ/2 ‖W‖². */
function objective(params: number[]): number {
  const W = [params.slice(0, 3), params.slice(3, 6), params.slice(6, 9)];
  const b = params.slice(9, 12);
  let loss = 0;
  for (const [x, y] of POINTS) {
    const z = W.map((row, k) => b[k]! + row.reduce((sum, w, j) => sum + w * x[j]!, 0));
    const logSum = Math.log(z.reduce((sum, value) => sum + Math.exp(value), 0));
    loss += logSum - z[y]!;
  }
  const penalty = W.flat().reduce((sum, w) => sum + w * w, 0);
  return loss / POINTS.length + (L2 / 2) * penalty;
}

describe("fitLogisticRegression", () => {
  it("reaches the minimum of the penalised cross-entropy (a numerical gradient of the objective is ~0 there)", () => {
    const model = fitLogisticRegression(createModel(["a", "b", "c"], 3), EXAMPLES, [], {
      epochs: 4000,
      learningRate: 1,
      batchSize: EXAMPLES.length,
      l2: L2,
    });
    const params = [...model.weights.flatMap((row) => [...row]), ...model.bias];
    const h = 1e-5;
    for (let i = 0; i < params.length; i++) {
      const up = params.with(i, params[i]! + h);
      const down = params.with(i, params[i]! - h);
      expect(Math.abs((objective(up) - objective(down)) / (2 * h))).toBeLessThan(1e-5);
    }
  });

  it("reports a falling training loss each epoch, and the validation loss", () => {
    const losses: TEpochLoss[] = [];
    fitLogisticRegression(
      createModel(["a", "b", "c"], 3),
      EXAMPLES.slice(0, 7),
      EXAMPLES.slice(7),
      {
        epochs: 5,
        learningRate: 0.5,
        batchSize: 2,
        l2: 0,
      },
      (loss) => losses.push(loss),
    );
    expect(losses.map((loss) => loss.epoch)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < losses.length; i++) expect(losses[i]!.trainingLoss).toBeLessThan(losses[i - 1]!.trainingLoss);
    // An untrained model predicts 1/3 for every class: the losses start below ln 3 and are numbers.
    expect(losses[0]?.trainingLoss).toBeLessThan(Math.log(3));
    expect(losses.every((loss) => typeof loss.validationLoss === "number")).toBe(true);
  });

  it("classifies held-out texts on TF-IDF features: accuracy 1 on a fixed, separable text set", () => {
    const train: [string, string][] = [
      ["the film was wonderful and moving", "positive"],
      ["a wonderful cast, I loved it", "positive"],
      ["loved every minute, great acting", "positive"],
      ["terrible plot and awful acting", "negative"],
      ["boring, awful, a waste of time", "negative"],
      ["I hated this terrible film", "negative"],
    ];
    const heldOut: [string, string][] = [
      ["great and wonderful", "positive"],
      ["awful and boring", "negative"],
      ["I loved it", "positive"],
      ["terrible waste", "negative"],
    ];
    const classes = ["negative", "positive"];
    const tfidf = fitTfidf(train.map(([text]) => text));
    const examples = train.map(([text, label]) => ({ x: transformTfidf(tfidf, text), y: classes.indexOf(label) }));
    const model = fitLogisticRegression(createModel(classes, tfidf.idf.length), examples, [], {
      epochs: 200,
      learningRate: 1,
      batchSize: 3,
      l2: 0.001,
    });
    const correct = heldOut.filter(([text, label]) => predictClass(model, transformTfidf(tfidf, text)) === label);
    expect(correct.length / heldOut.length).toBe(1);
  });
});

describe("fitTfidf", () => {
  it("gives scikit-learn's smoothed idf and unit-length rows", () => {
    const tfidf = fitTfidf(["a b", "a c", "a"]);
    expect(tfidf.idf[tfidf.vocabulary.get("a") ?? -1]).toBeCloseTo(Math.log(4 / 4) + 1, 12);
    expect(tfidf.idf[tfidf.vocabulary.get("b") ?? -1]).toBeCloseTo(Math.log(4 / 2) + 1, 12);
    const row = transformTfidf(tfidf, "b b a unknown");
    expect(Math.hypot(...row.values)).toBeCloseTo(1, 12);
    expect(row.ids).toHaveLength(2);
  });
});
