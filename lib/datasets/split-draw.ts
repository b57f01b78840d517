import type { TSampleSplit } from "./mapping";

export type TSplitRow = {
  index: number;
  /** The class for a stratified draw; null puts the row in the one stratum (open QA). */
  stratum: string | null;
  fileSplit: TSampleSplit | null;
  /**
   * The row's input text. Given, the draw is leakage-safe: its key hashes the input after trimming and case-folding
   * (not the index), and `finish` puts every copy of an input in the split of its first copy, so the same text is
   * never in both TRAIN and TEST (conflicting labels put copies in different strata, hence the second step).
   */
  input?: string;
};

export type TSplitCounts = { train: number; test: number };

export type TSplitOutcome = {
  /** Rows written as TRAIN that end up TEST, and the reverse: what the caller must still update. */
  toTest: number[];
  toTrain: number[];
  train: number;
  test: number;
  /** Final rows per split for each stratum (the label, or null for open QA). */
  byStratum: Map<string | null, TSplitCounts>;
};

export type TSplitDraw = {
  /** Records a row and returns the split to write for it now; `finish` says which rows must change afterwards. */
  add: (row: TSplitRow) => TSampleSplit;
  /**
   * The final split. Rows with a split from the file keep it when `useFileSplit`; the others are drawn per stratum:
   * ordered by a seeded key, the first round(n × fraction) become TEST, so every class's TEST share is exact.
   */
  finish: (options: { useFileSplit: boolean }) => TSplitOutcome;
};

const NONE = 0;
const TRAIN = 1;
const TEST = 2;

/**
 * A seeded, stratified train/test draw made while the rows stream past, so they can be COPYed straight into their
 * table: each row is written with a provisional split (key below fraction × 2^32, which gives about n × fraction
 * TEST rows), and the exact draw (the round(n × fraction) smallest keys) differs from it in only O(√n) rows per
 * class, which the caller updates at the end. Memory: 11 bytes a row, never the text.
 */
export function createSplitDraw(options: { testFraction: number; seed: number }): TSplitDraw {
  const cutoff = options.testFraction * 2 ** 32;
  const seedMix = mix32(options.seed >>> 0);
  const strata = new Map<string | null, number>();
  const strataNames: (string | null)[] = [];
  let size = 0;
  let indexes = new Int32Array(1 << 16);
  let keys = new Uint32Array(1 << 16);
  let strataIds = new Uint16Array(1 << 16);
  let fileSplits = new Uint8Array(1 << 16);
  let written = new Uint8Array(1 << 16);
  let byInput = false;

  const grow = () => {
    const capacity = indexes.length * 2;
    indexes = copyInto(new Int32Array(capacity), indexes);
    keys = copyInto(new Uint32Array(capacity), keys);
    strataIds = copyInto(new Uint16Array(capacity), strataIds);
    fileSplits = copyInto(new Uint8Array(capacity), fileSplits);
    written = copyInto(new Uint8Array(capacity), written);
  };

  const add = (row: TSplitRow): TSampleSplit => {
    if (size === indexes.length) grow();
    if (row.input !== undefined) byInput = true;
    let stratum = strata.get(row.stratum);
    if (stratum === undefined) {
      stratum = strataNames.push(row.stratum) - 1;
      strata.set(row.stratum, stratum);
    }
    const key = row.input === undefined ? drawKey(row.index, seedMix) : inputKey(row.input, seedMix);
    const fileSplit = row.fileSplit === null ? NONE : row.fileSplit === "TEST" ? TEST : TRAIN;
    const provisional = fileSplit !== NONE ? fileSplit : key < cutoff ? TEST : TRAIN;
    indexes[size] = row.index;
    keys[size] = key;
    strataIds[size] = stratum;
    fileSplits[size] = fileSplit;
    written[size] = provisional;
    size += 1;
    return provisional === TEST ? "TEST" : "TRAIN";
  };

  const finish = ({ useFileSplit }: { useFileSplit: boolean }): TSplitOutcome => {
    const drawn = (row: number) => !useFileSplit || fileSplits[row] === NONE;
    const thresholds = findThresholds({ size, keys, strataIds, strataCount: strataNames.length, drawn, options });
    const outcome: TSplitOutcome = { toTest: [], toTrain: [], train: 0, test: 0, byStratum: new Map() };
    const counts = strataNames.map(() => ({ train: 0, test: 0 }));
    // Leakage-safe draws: the split of an input's first copy, by key (see TSplitRow.input).
    const firstSplit = new Map<number, number>();
    for (let row = 0; row < size; row += 1) {
      const stratum = strataIds[row] as number;
      let final = drawn(row)
        ? (keys[row] as number) <= (thresholds[stratum] as number)
          ? TEST
          : TRAIN
        : fileSplits[row];
      if (byInput && drawn(row)) {
        const key = keys[row] as number;
        const first = firstSplit.get(key);
        if (first === undefined) firstSplit.set(key, final as number);
        else final = first;
      }
      const tally = counts[stratum] as TSplitCounts;
      if (final === TEST) tally.test += 1;
      else tally.train += 1;
      if (final === written[row]) continue;
      (final === TEST ? outcome.toTest : outcome.toTrain).push(indexes[row] as number);
    }
    strataNames.forEach((name, stratum) => {
      const tally = counts[stratum] as TSplitCounts;
      outcome.byStratum.set(name, tally);
      outcome.train += tally.train;
      outcome.test += tally.test;
    });
    return outcome;
  };

  return { add, finish };
}

/** Per stratum, the largest key that is TEST (-1 when none is): the round(n × fraction)-th smallest drawn key. */
function findThresholds(input: {
  size: number;
  keys: Uint32Array;
  strataIds: Uint16Array;
  strataCount: number;
  drawn: (row: number) => boolean;
  options: { testFraction: number };
}): number[] {
  const { size, keys, strataIds, strataCount, drawn } = input;
  const sizes = new Array<number>(strataCount).fill(0);
  for (let row = 0; row < size; row += 1) {
    if (!drawn(row)) continue;
    const stratum = strataIds[row] as number;
    sizes[stratum] = (sizes[stratum] as number) + 1;
  }
  const byStratum = sizes.map((count) => new Uint32Array(count));
  const filled = new Array<number>(strataCount).fill(0);
  for (let row = 0; row < size; row += 1) {
    if (!drawn(row)) continue;
    const stratum = strataIds[row] as number;
    (byStratum[stratum] as Uint32Array)[filled[stratum] as number] = keys[row] as number;
    filled[stratum] = (filled[stratum] as number) + 1;
  }
  return byStratum.map((stratumKeys) => {
    const testRows = Math.round(stratumKeys.length * input.options.testFraction);
    if (testRows === 0) return -1;
    stratumKeys.sort();
    return stratumKeys[testRows - 1] as number;
  });
}

/**
 * A bijection of the index for a given seed (murmur3's finalizer over a multiplicative hash), so keys never tie and
 * the draw depends only on (seed, index).
 */
function drawKey(index: number, seedMix: number): number {
  return mix32((Math.imul(index + 1, 0x9e3779b1) ^ seedMix) >>> 0);
}

/** The key of an input after trimming and case-folding (FNV-1a over its UTF-16 units, mixed with the seed). */
function inputKey(input: string, seedMix: number): number {
  const text = input.trim().toLowerCase();
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return mix32((hash ^ seedMix) >>> 0);
}

function mix32(value: number): number {
  let x = value;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function copyInto<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}
