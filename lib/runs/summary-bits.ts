/** A set of sample indexes as a bitset: bit i (byte i >> 3, bit i & 7) is set when index i is in the set. */
export function buildIndexBits(indexes: readonly number[]): Uint8Array<ArrayBuffer> {
  let max = -1;
  for (const index of indexes) if (index > max) max = index;
  const bits = new Uint8Array((max >> 3) + 1);
  for (const index of indexes) bits[index >> 3]! |= 1 << (index & 7);
  return bits;
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, byte) => {
  let count = 0;
  for (let value = byte; value > 0; value >>= 1) count += value & 1;
  return count;
});

export type TSampleBits = { present: Uint8Array; correct: Uint8Array };

/**
 * McNemar's discordant pairs of two runs over the samples both answered (`present` leaves out failed calls):
 * b = only `best` correct, c = only `other` correct (an invalid answer is not correct), and how many samples they
 * share. The same counts as joining the two runs' outputs on the sample, from two bitsets per run.
 */
export function countDiscordantBits(best: TSampleBits, other: TSampleBits): { b: number; c: number; shared: number } {
  const length = Math.min(best.present.length, other.present.length);
  let b = 0;
  let c = 0;
  let shared = 0;
  for (let i = 0; i < length; i++) {
    const both = (best.present[i] ?? 0) & (other.present[i] ?? 0);
    if (both === 0) continue;
    shared += POPCOUNT[both]!;
    const bestCorrect = best.correct[i] ?? 0;
    const otherCorrect = other.correct[i] ?? 0;
    b += POPCOUNT[both & bestCorrect & ~otherCorrect & 0xff]!;
    c += POPCOUNT[both & ~bestCorrect & otherCorrect & 0xff]!;
  }
  return { b, c, shared };
}
