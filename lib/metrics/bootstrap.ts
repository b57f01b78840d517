import { quantileSorted } from "./quantile";
import { createRandom, drawIndex, type TRandom } from "./random";
import { DEFAULT_BOOTSTRAP_SAMPLES, DEFAULT_BOOTSTRAP_SEED, type TBootstrapOptions } from "./types";

export type TBootstrapBounds = { low: number | null; high: number | null };

/**
 * Percentile bootstrap: draws `samples` resamples of `size` unit indices with replacement (seeded mulberry32), evaluates
 * `statistic` on each and returns the (1-confidence)/2 and 1-(1-confidence)/2 type-7 quantiles of the replicates.
 * The index buffer is reused between calls, so `statistic` must not keep it. Replicates where the statistic is null
 * are dropped; if none remain (or size = 0) the bounds are null.
 */
export function bootstrapPercentile(
  size: number,
  statistic: (indices: Int32Array) => number | null,
  options: TBootstrapOptions = {},
): TBootstrapBounds {
  if (size === 0) {
    readBootstrapOptions(options);
    return { low: null, high: null };
  }
  const indices = new Int32Array(size);
  return bootstrapReplicates((random) => {
    for (let i = 0; i < size; i++) indices[i] = drawIndex(random, size);
    return statistic(indices);
  }, options);
}

function readBootstrapOptions(options: TBootstrapOptions) {
  const samples = options.samples ?? DEFAULT_BOOTSTRAP_SAMPLES;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`bootstrap samples must be >= 1, got ${samples}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return { samples, confidence, seed: options.seed ?? DEFAULT_BOOTSTRAP_SEED };
}

/**
 * The percentile bootstrap's outer loop: `replicate` draws one resample from the seeded generator and returns the
 * statistic on it (null = undefined on that resample, dropped). Bounds are the type-7 quantiles of the replicates.
 */
export function bootstrapReplicates(
  replicate: (random: TRandom) => number | null,
  options: TBootstrapOptions = {},
): TBootstrapBounds {
  const { samples, confidence, seed } = readBootstrapOptions(options);
  const random = createRandom(seed);
  const replicates: number[] = [];
  for (let b = 0; b < samples; b++) {
    const value = replicate(random);
    if (value !== null) replicates.push(value);
  }
  replicates.sort((x, y) => x - y);
  const alpha = (1 - confidence) / 2;
  return { low: quantileSorted(replicates, alpha), high: quantileSorted(replicates, 1 - alpha) };
}

/** Seeded percentile bootstrap interval for the mean of `values`. */
export function bootstrapMean(values: readonly number[], options: TBootstrapOptions = {}): TBootstrapBounds {
  return bootstrapPercentile(
    values.length,
    (indices) => {
      let sum = 0;
      for (const index of indices) sum += values[index] as number;
      return sum / indices.length;
    },
    options,
  );
}
