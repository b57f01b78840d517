import { describe, expect, it } from "vitest";
import {
  buildConfusion,
  computeClassificationMetrics,
  computeMetricsFromConfusion,
  type TClassificationRow,
} from "./classification";
import { confusionFromCells } from "./confusion";
import { macroF1FromConfusion, perClassFromConfusion } from "./per-class";

const LABELS = ["A", "B", "C"] as const;

function repeat(count: number, row: TClassificationRow): TClassificationRow[] {
  return Array.from({ length: count }, () => ({ ...row }));
}

const ok = (expected: string, predicted: string): TClassificationRow => ({
  expected,
  predicted,
  valid: true,
  error: false,
});
const invalid = (expected: string): TClassificationRow => ({ expected, predicted: null, valid: false, error: false });
const failed = (expected: string): TClassificationRow => ({ expected, predicted: null, valid: false, error: true });

// Worked example (hand-computed; equals sklearn f1_score(y_true, y_pred, labels=["A","B","C"], average="macro",
// zero_division=0) with invalid answers mapped to an extra token):
//   expected A: A×3, B×1, invalid×1     A: tp 3, predicted 5, support 5 → P = R = F1 = 0.6
//   expected B: B×2, A×1                B: tp 2, predicted 3, support 3 → P = R = F1 = 2/3
//   expected C: A×1, invalid×1          C: tp 0, never predicted, support 2 → P = R = F1 = 0
//   plus two errored calls, which are not answers at all.
const ROWS: TClassificationRow[] = [
  ...repeat(3, ok("A", "A")),
  ok("A", "B"),
  invalid("A"),
  ...repeat(2, ok("B", "B")),
  ok("B", "A"),
  ok("C", "A"),
  invalid("C"),
  failed("A"),
  failed("B"),
];

describe("computeClassificationMetrics", () => {
  const metrics = computeClassificationMetrics(ROWS, LABELS, { samples: 300, seed: 5 });

  it("counts answered, valid, correct and errors apart", () => {
    expect(metrics).toMatchObject({ total: 12, answered: 10, errors: 2, validCount: 8, invalidCount: 2, correct: 5 });
  });

  it("computes the three headline rates with Wilson intervals", () => {
    expect(metrics.validRate.estimate).toBeCloseTo(0.8, 12);
    expect(metrics.validAccuracy.estimate).toBeCloseTo(5 / 8, 12);
    expect(metrics.accuracy.estimate).toBeCloseTo(0.5, 12);
    // prop.test(5, 10, correct = FALSE)$conf.int = 0.2365931 0.7634069
    expect(metrics.accuracy.low).toBeCloseTo(0.2365931, 6);
    expect(metrics.accuracy.high).toBeCloseTo(0.7634069, 6);
    expect(metrics.errorRate.estimate).toBeCloseTo(2 / 12, 12);
  });

  it("computes per-class precision/recall/F1 with invalid answers as misses and zero_division = 0", () => {
    const [a, b, c] = metrics.perClass;
    expect(a).toMatchObject({ label: "A", support: 5, predicted: 5, truePositives: 3 });
    expect(a!.precision).toBeCloseTo(0.6, 12);
    expect(a!.recall).toBeCloseTo(0.6, 12);
    expect(a!.f1).toBeCloseTo(0.6, 12);
    expect(b!.f1).toBeCloseTo(2 / 3, 12);
    expect(c).toMatchObject({ support: 2, predicted: 0, precision: 0, recall: 0, f1: 0, inMacro: true });
    expect(c!.precisionInterval).toEqual({ estimate: null, low: null, high: null });
    expect(c!.recallInterval.estimate).toBe(0);
  });

  it("computes macro-F1 with a bootstrap interval around it", () => {
    expect(metrics.macroF1.estimate).toBeCloseTo((0.6 + 2 / 3 + 0) / 3, 12);
    expect(metrics.macroF1.low!).toBeLessThan(metrics.macroF1.estimate!);
    expect(metrics.macroF1.high!).toBeGreaterThan(metrics.macroF1.estimate!);
    expect(metrics.macroF1.low!).toBeGreaterThanOrEqual(0);
    expect(metrics.macroF1.high!).toBeLessThanOrEqual(1);
  });

  it("builds the confusion matrix with an invalid column", () => {
    expect(metrics.confusion.counts).toEqual([
      [3, 1, 0, 1],
      [1, 2, 0, 0],
      [1, 0, 0, 1],
    ]);
  });

  it("gives the same numbers, bootstrap included, from SQL-style cell counts in any row order", () => {
    const cells = [
      { expected: "C", predicted: null, count: 1 },
      { expected: "A", predicted: "A", count: 3 },
      { expected: "A", predicted: "B", count: 1 },
      { expected: "A", predicted: null, count: 1 },
      { expected: "B", predicted: "B", count: 2 },
      { expected: "B", predicted: "A", count: 1 },
      { expected: "C", predicted: "A", count: 1 },
    ];
    const fromSql = computeMetricsFromConfusion(confusionFromCells(LABELS, cells), 2, { samples: 300, seed: 5 });
    expect(fromSql).toEqual(metrics);
    const shuffled = computeClassificationMetrics([...ROWS].reverse(), LABELS, { samples: 300, seed: 5 });
    expect(shuffled.macroF1).toEqual(metrics.macroF1);
  });

  it("is reproducible for a seed", () => {
    const again = computeClassificationMetrics(ROWS, LABELS, { samples: 300, seed: 5 });
    const otherSeed = computeClassificationMetrics(ROWS, LABELS, { samples: 300, seed: 6 });
    expect(again.macroF1).toEqual(metrics.macroF1);
    expect(otherSeed.macroF1).not.toEqual(metrics.macroF1);
  });

  it("returns nulls, not zeros or NaN, when nothing was answered", () => {
    const empty = computeClassificationMetrics([failed("A")], LABELS);
    expect(empty.answered).toBe(0);
    expect(empty.accuracy).toEqual({ estimate: null, low: null, high: null });
    expect(empty.validAccuracy.estimate).toBeNull();
    expect(empty.macroF1).toEqual({ estimate: null, low: null, high: null });
    expect(empty.errorRate.estimate).toBe(1);
  });

  it("leaves validAccuracy null when every answer was invalid, while accuracy is 0", () => {
    const allInvalid = computeClassificationMetrics([invalid("A"), invalid("B")], LABELS);
    expect(allInvalid.validAccuracy.estimate).toBeNull();
    expect(allInvalid.accuracy.estimate).toBe(0);
    expect(allInvalid.macroF1.estimate).toBe(0);
  });

  it("rejects labels outside the label set", () => {
    expect(() => computeClassificationMetrics([ok("Z", "A")], LABELS)).toThrow(/expected label "Z"/);
    expect(() => computeClassificationMetrics([ok("A", "Z")], LABELS)).toThrow(/predicted label "Z"/);
    expect(() =>
      computeClassificationMetrics([{ expected: "A", predicted: null, valid: true, error: false }], LABELS),
    ).toThrow(RangeError);
  });

  it("ignores `predicted` on invalid rows", () => {
    const confusion = buildConfusion([{ expected: "A", predicted: "A", valid: false, error: false }], LABELS);
    expect(confusion.counts[0]).toEqual([0, 0, 0, 1]);
  });
});

describe("macroF1FromConfusion", () => {
  it("averages only classes that have support or predictions", () => {
    const labels = ["A", "B", "C", "D", "E"];
    const base = confusionFromCells(labels, [
      { expected: "A", predicted: "A", count: 3 },
      { expected: "A", predicted: "B", count: 1 },
      { expected: "A", predicted: null, count: 1 },
      { expected: "B", predicted: "B", count: 2 },
      { expected: "B", predicted: "A", count: 1 },
      { expected: "C", predicted: "A", count: 1 },
      { expected: "C", predicted: null, count: 1 },
    ]);
    // D and E: no support, never predicted → not averaged in.
    expect(macroF1FromConfusion(base)).toBeCloseTo((0.6 + 2 / 3) / 3, 12);
    expect(perClassFromConfusion(base)[3]).toMatchObject({ support: 0, predicted: 0, f1: 0, inMacro: false });

    // E predicted once (a false positive) → E enters the average with F1 = 0 and B loses a true positive.
    const withFalsePositive = confusionFromCells(labels, [
      { expected: "A", predicted: "A", count: 3 },
      { expected: "A", predicted: "B", count: 1 },
      { expected: "A", predicted: null, count: 1 },
      { expected: "B", predicted: "B", count: 1 },
      { expected: "B", predicted: "E", count: 1 },
      { expected: "B", predicted: "A", count: 1 },
      { expected: "C", predicted: "A", count: 1 },
      { expected: "C", predicted: null, count: 1 },
    ]);
    // B: tp 1, predicted 2, support 3 → F1 = 2/5.
    expect(macroF1FromConfusion(withFalsePositive)).toBeCloseTo((0.6 + 0.4 + 0 + 0) / 4, 12);
  });

  it("is 1 for a perfect classifier and null for an empty matrix", () => {
    const perfect = confusionFromCells(
      ["x", "y"],
      [
        { expected: "x", predicted: "x", count: 4 },
        { expected: "y", predicted: "y", count: 2 },
      ],
    );
    expect(macroF1FromConfusion(perfect)).toBe(1);
    expect(macroF1FromConfusion(confusionFromCells(["x", "y"], []))).toBeNull();
  });

  it("rejects duplicate labels and bad counts", () => {
    expect(() => confusionFromCells(["x", "x"], [])).toThrow(RangeError);
    expect(() => confusionFromCells(["x"], [{ expected: "x", predicted: "x", count: -1 }])).toThrow(RangeError);
  });
});
