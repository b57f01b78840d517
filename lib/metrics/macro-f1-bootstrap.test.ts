import { describe, expect, it } from "vitest";
import { bootstrapPercentile } from "./bootstrap";
import { confusionFromCells, type TConfusion } from "./confusion";
import { bootstrapMacroF1 } from "./macro-f1-bootstrap";
import { macroF1FromConfusion } from "./per-class";

const LABELS = ["A", "B", "C"];
const SMALL = confusionFromCells(LABELS, [
  { expected: "A", predicted: "A", count: 9 },
  { expected: "A", predicted: "B", count: 2 },
  { expected: "A", predicted: null, count: 1 },
  { expected: "B", predicted: "B", count: 6 },
  { expected: "B", predicted: "C", count: 3 },
  { expected: "C", predicted: "C", count: 4 },
  { expected: "C", predicted: "A", count: 2 },
  { expected: "C", predicted: null, count: 3 },
]);

/** The textbook bootstrap it replaces: lay the answers out one by one and resample them with replacement. */
function bootstrapPerAnswer(confusion: TConfusion, options: { samples: number; seed: number }) {
  const columns = confusion.labels.length + 1;
  const cellOfAnswer: number[] = [];
  confusion.counts.forEach((row, r) =>
    row.forEach((count, c) => cellOfAnswer.push(...Array<number>(count).fill(r * columns + c))),
  );
  const replicate: TConfusion = { labels: confusion.labels, counts: confusion.counts.map((row) => row.map(() => 0)) };
  return bootstrapPercentile(
    cellOfAnswer.length,
    (indices) => {
      for (const row of replicate.counts) row.fill(0);
      for (const index of indices) {
        const cell = cellOfAnswer[index] as number;
        (replicate.counts[Math.floor(cell / columns)] as number[])[cell % columns]! += 1;
      }
      return macroF1FromConfusion(replicate);
    },
    options,
  );
}

const mean = (values: number[]) => values.reduce((s, x) => s + x, 0) / values.length;

describe("bootstrapMacroF1 (multinomial over confusion cells)", () => {
  it("gives the same interval distribution as resampling answer by answer", () => {
    const byCells = { low: [] as number[], high: [] as number[] };
    const byAnswers = { low: [] as number[], high: [] as number[] };
    for (let seed = 1; seed <= 60; seed++) {
      const cells = bootstrapMacroF1(SMALL, { samples: 1000, seed });
      const answers = bootstrapPerAnswer(SMALL, { samples: 1000, seed: seed + 10_000 });
      byCells.low.push(cells.low!);
      byCells.high.push(cells.high!);
      byAnswers.low.push(answers.low!);
      byAnswers.high.push(answers.high!);
    }
    // Across 60 seeds each bound's mean is known to about ±0.003 (its seed-to-seed sd is ~0.012).
    expect(Math.abs(mean(byCells.low) - mean(byAnswers.low))).toBeLessThan(0.008);
    expect(Math.abs(mean(byCells.high) - mean(byAnswers.high))).toBeLessThan(0.008);
    // One long run each: the 2.5% and 97.5% quantiles of the replicate distributions agree.
    const longCells = bootstrapMacroF1(SMALL, { samples: 40_000, seed: 3 });
    const longAnswers = bootstrapPerAnswer(SMALL, { samples: 40_000, seed: 4 });
    expect(longCells.low).toBeCloseTo(longAnswers.low!, 2);
    expect(longCells.high).toBeCloseTo(longAnswers.high!, 2);
    expect(longCells.low!).toBeLessThan(macroF1FromConfusion(SMALL)!);
    expect(longCells.high!).toBeGreaterThan(macroF1FromConfusion(SMALL)!);
  });

  it("is deterministic for a seed and the seed matters", () => {
    expect(bootstrapMacroF1(SMALL, { samples: 300, seed: 8 })).toEqual(
      bootstrapMacroF1(SMALL, { samples: 300, seed: 8 }),
    );
    expect(bootstrapMacroF1(SMALL, { samples: 300, seed: 8 })).not.toEqual(
      bootstrapMacroF1(SMALL, { samples: 300, seed: 9 }),
    );
  });

  it("costs the same for a million answers as for a few (the counts, not the answers, are resampled)", () => {
    const big = { labels: SMALL.labels, counts: SMALL.counts.map((row) => row.map((count) => count * 25_000)) };
    const started = performance.now();
    const bounds = bootstrapMacroF1(big, { samples: 1000 });
    expect(performance.now() - started).toBeLessThan(500);
    // n = 750,000: the interval is narrow around the estimate.
    const estimate = macroF1FromConfusion(big)!;
    expect(bounds.low!).toBeLessThan(estimate);
    expect(bounds.high!).toBeGreaterThan(estimate);
    expect(bounds.high! - bounds.low!).toBeLessThan(0.005);
  });

  it("handles the edges: nothing answered, one cell, every answer invalid", () => {
    expect(bootstrapMacroF1(confusionFromCells(LABELS, []))).toEqual({ low: null, high: null });
    const perfect = confusionFromCells(LABELS, [{ expected: "B", predicted: "B", count: 40 }]);
    expect(bootstrapMacroF1(perfect)).toEqual({ low: 1, high: 1 });
    const invalid = confusionFromCells(LABELS, [{ expected: "A", predicted: null, count: 5 }]);
    expect(bootstrapMacroF1(invalid)).toEqual({ low: 0, high: 0 });
    expect(() => bootstrapMacroF1(SMALL, { samples: 0 })).toThrow(RangeError);
  });
});
