import { bootstrapReplicates, type TBootstrapBounds } from "./bootstrap";
import { drawMultinomial } from "./binomial";
import type { TConfusion } from "./confusion";
import { macroF1FromConfusion } from "./per-class";
import type { TBootstrapOptions } from "./types";

/**
 * Seeded percentile bootstrap interval for macro-F1. Resampling n answered samples with replacement only matters
 * through how many land in each confusion cell, and those counts are one multinomial(n, cell counts / n) draw. So
 * each replicate is an exact multinomial draw over the non-empty cells (lib/metrics/binomial.ts): the cost is
 * O(cells × resamples), the same for 50 or 5,000,000 answers, and the interval is a function of the counts alone
 * (rows in memory and SQL counts give the same interval for the same seed).
 */
export function bootstrapMacroF1(confusion: TConfusion, options: TBootstrapOptions = {}): TBootstrapBounds {
  const columns = confusion.labels.length + 1;
  const cells: number[] = [];
  const weights: number[] = [];
  let total = 0;
  confusion.counts.forEach((row, r) =>
    row.forEach((count, c) => {
      if (count === 0) return;
      cells.push(r * columns + c);
      weights.push(count);
      total += count;
    }),
  );
  if (total === 0) return bootstrapReplicates(() => null, options);
  const drawn = new Array<number>(weights.length).fill(0);
  const replicate: TConfusion = { labels: confusion.labels, counts: confusion.counts.map((row) => row.map(() => 0)) };
  return bootstrapReplicates((random) => {
    drawMultinomial(random, total, weights, drawn);
    cells.forEach((cell, i) => {
      (replicate.counts[Math.floor(cell / columns)] as number[])[cell % columns] = drawn[i] as number;
    });
    return macroF1FromConfusion(replicate);
  }, options);
}
