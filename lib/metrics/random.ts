/** A generator of uniform floats in [0, 1). */
export type TRandom = () => number;

/**
 * mulberry32: a tiny 32-bit PRNG (Tommy Ettinger). Not cryptographic; chosen because it is short, fast and fully
 * deterministic across JS engines, so a seeded bootstrap interval is reproducible anywhere.
 */
export function createRandom(seed: number): TRandom {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export function drawIndex(random: TRandom, n: number): number {
  return Math.floor(random() * n);
}
