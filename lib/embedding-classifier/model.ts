import { z } from "zod";
import { applyScaling, argmax, crossValidateL2, fitScaling, type TCandidateScore } from "./cross-validate";
import type { TFitProgress } from "./fit-progress";
import { fitSoftmaxRegression, softmaxProbabilities } from "./softmax-regression";

/** A fitted classifier as RunClassifier.model stores it: standardisation, then the coefficients per class. */
export const ZClassifierModel = z.object({
  classes: z.array(z.string()).min(2),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  /** Per class: one weight per dimension, then the intercept. */
  coefficients: z.array(z.array(z.number())),
});
export type TClassifierModel = z.infer<typeof ZClassifierModel>;

export type TTrainedClassifier = {
  model: TClassifierModel;
  l2: number;
  folds: number;
  candidates: TCandidateScore[];
  fitMs: number;
};

/**
 * Fits the classifier on TRAIN's vectors and labels: the penalty chosen by k-fold cross-validation on these rows
 * only, then one fit on all of them with it. Only the classes present in TRAIN can be predicted. `step` is awaited
 * between fits (see crossValidateL2's afterFit), then before and after the final fit.
 */
export async function trainClassifier(
  vectors: readonly ArrayLike<number>[],
  labels: readonly string[],
  options: { folds?: number; candidates?: readonly number[]; step?: (progress: TFitProgress) => Promise<void> } = {},
): Promise<TTrainedClassifier> {
  const started = performance.now();
  const classes = [...new Set(labels)].sort();
  if (classes.length < 2) throw new Error("TRAIN needs at least two labels to fit a classifier");
  const dimensions = vectors[0]?.length ?? 0;
  const rows = vectors.length;
  const x = new Float64Array(rows * dimensions);
  vectors.forEach((vector, i) => x.set(Array.from(vector), i * dimensions));
  const y = Int32Array.from(labels, (label) => classes.indexOf(label));
  const data = { x, y, rows, dimensions, classes: classes.length };
  const { step } = options;
  const chosen = await crossValidateL2(data, {
    ...options,
    afterFit: step && ((done, total) => step({ stage: "CROSS_VALIDATION", done, total })),
  });
  await step?.({ stage: "FINAL_FIT", done: 0, total: 1 });
  const scaling = fitScaling(x, rows, dimensions);
  const fit = fitSoftmaxRegression({ ...data, x: applyScaling(scaling, x, rows, dimensions) }, { l2: chosen.l2 });
  await step?.({ stage: "FINAL_FIT", done: 1, total: 1 });
  const width = dimensions + 1;
  return {
    model: {
      classes,
      mean: Array.from(scaling.mean),
      scale: Array.from(scaling.scale),
      coefficients: classes.map((_, k) => Array.from(fit.coefficients.subarray(k * width, (k + 1) * width))),
    },
    l2: chosen.l2,
    folds: chosen.folds,
    candidates: chosen.scores,
    fitMs: Math.round(performance.now() - started),
  };
}

/** A ready-to-use classifier: the stored model unpacked once. */
export type TClassifier = {
  classes: string[];
  dimensions: number;
  predict: (vector: ArrayLike<number>) => TPrediction;
};
export type TPrediction = { label: string; probability: number; probabilities: number[] };

export function loadClassifier(model: TClassifierModel): TClassifier {
  const dimensions = model.mean.length;
  const coefficients = Float64Array.from(model.coefficients.flat());
  const scaling = { mean: Float64Array.from(model.mean), scale: Float64Array.from(model.scale) };
  return {
    classes: model.classes,
    dimensions,
    predict(vector) {
      if (vector.length !== dimensions)
        throw new Error(`an embedding of ${vector.length} dimensions, the classifier was fitted on ${dimensions}`);
      const row = applyScaling(scaling, Float64Array.from(vector), 1, dimensions);
      const p = softmaxProbabilities(coefficients, row, dimensions, model.classes.length);
      const best = argmax(p);
      return { label: model.classes[best]!, probability: p[best]!, probabilities: Array.from(p) };
    },
  };
}
