import {
  costPerEpoch,
  estimateExampleTokens,
  findRefusals,
  splitValidation,
  summarizePart,
  toChatExample,
  type TChatExample,
  type TExportPart,
  type TExportRow,
  type TProviderLimits,
} from "./export-builder";

export type TExportOptions = {
  template: string;
  labels: readonly string[];
  /** Share of the split held out as the validation file, 0 to 0.5. */
  validationShare: number;
  seed: number;
  limits: TProviderLimits;
  /** USD per million training tokens; null when unknown. */
  trainingPricePerM: number | null;
};

export type TIndexedExample = { index: number; example: TChatExample };

export type TExportPlan = {
  training: TIndexedExample[];
  validation: TIndexedExample[];
  summary: {
    training: TExportPart;
    validation: TExportPart;
    costPerEpoch: number | null;
    trainingPricePerM: number | null;
    limits: TProviderLimits;
    /** Empty when the files may be uploaded; otherwise each reason, with its counts and limits. */
    refusals: string[];
  };
};

/** The split's rows → training and validation examples, their token estimate, the cost of an epoch, the refusals. */
export function planExport(rows: readonly TExportRow[], options: TExportOptions): TExportPlan {
  const parts = splitValidation(rows, options.validationShare, options.seed);
  const toExamples = (part: readonly TExportRow[]) =>
    part.map((row) => ({ index: row.index, example: toChatExample(options.template, options.labels, row) }));
  const training = toExamples(parts.training);
  const validation = toExamples(parts.validation);
  const overLimit = [...training, ...validation]
    .map(({ index, example }) => ({ index, tokens: estimateExampleTokens(example) }))
    .filter((row) => row.tokens > options.limits.maxRowTokens);
  const trainingPart = summarizePart(training);
  return {
    training,
    validation,
    summary: {
      training: trainingPart,
      validation: summarizePart(validation),
      costPerEpoch: costPerEpoch(trainingPart.tokens, options.trainingPricePerM),
      trainingPricePerM: options.trainingPricePerM,
      limits: options.limits,
      refusals: findRefusals(trainingPart, overLimit, options.limits),
    },
  };
}
