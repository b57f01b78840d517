import { bootstrapPercentile, type TBootstrapBounds } from "./bootstrap";
import type { TConfusion } from "./confusion";
import { macroF1FromConfusion } from "./per-class";
import type { TBootstrapOptions } from "./types";

/**
 * Seeded percentile bootstrap interval for macro-F1. Resampling answered samples with replacement only depends on
 * which confusion cell each sample is in, so the samples are laid out cell by cell (row-major) and resampled from
 * there. That makes the interval a function of the confusion counts alone: counts from SQL and rows in memory give
 * the same interval for the same seed.
 */
export function bootstrapMacroF1(confusion: TConfusion, options: TBootstrapOptions = {}): TBootstrapBounds {
  const columns = confusion.labels.length + 1;
  const cellOfSample: number[] = [];
  confusion.counts.forEach((row, r) =>
    row.forEach((count, c) => {
      for (let i = 0; i < count; i++) cellOfSample.push(r * columns + c);
    }),
  );
  const replicate: TConfusion = { labels: confusion.labels, counts: confusion.counts.map((row) => row.map(() => 0)) };
  return bootstrapPercentile(
    cellOfSample.length,
    (indices) => {
      for (const row of replicate.counts) row.fill(0);
      for (const index of indices) {
        const cell = cellOfSample[index] as number;
        const row = replicate.counts[Math.floor(cell / columns)] as number[];
        row[cell % columns] = (row[cell % columns] as number) + 1;
      }
      return macroF1FromConfusion(replicate);
    },
    options,
  );
}
