import { hash } from "node:crypto";

export type TConflictExample = {
  /** 1-based data rows: the input's first row and the first row that gave it another label. */
  rows: [number, number];
  labels: [string, string];
};

export type TConflictSummary = {
  /** Distinct inputs that appear with more than one label. */
  conflictingInputs: number;
  /** Rows whose input is one of those. */
  conflictingRows: number;
  /** Up to MAX_EXAMPLES conflicts, in file order. */
  examples: TConflictExample[];
};

export type TConflictDetector = {
  /** `row` is the 1-based data row, reported back in examples. */
  add: (input: string, label: string, row: number) => void;
  summary: () => TConflictSummary;
};

const MAX_EXAMPLES = 10;
const CONFLICTED = 0x8000_0000;

/**
 * Finds inputs that occur with different labels (the same abstract filed under two classes has no single right
 * answer). Memory stays bounded for a million rows: each distinct input costs one 20-byte slot in typed arrays
 * keyed by the first 8 bytes of its SHA-256, never the text itself. A 64-bit collision among 10^6 inputs has odds
 * around 10^-8, acceptable for a warning.
 */
export function createConflictDetector(): TConflictDetector {
  let capacity = 1 << 12;
  let used = 0;
  let hi = new Uint32Array(capacity);
  let lo = new Uint32Array(capacity);
  let label = new Uint32Array(capacity); // label id + 1; 0 marks an empty slot
  let firstRow = new Uint32Array(capacity);
  let count = new Uint32Array(capacity); // rows with this input; the top bit flags a conflict
  const labelIds = new Map<string, number>();
  const labelNames: string[] = [];
  const result: TConflictSummary = { conflictingInputs: 0, conflictingRows: 0, examples: [] };

  const findSlot = (h: number, l: number): number => {
    let slot = l & (capacity - 1);
    while (label[slot] !== 0 && (hi[slot] !== h || lo[slot] !== l)) slot = (slot + 1) & (capacity - 1);
    return slot;
  };

  const grow = () => {
    const old = { hi, lo, label, firstRow, count };
    capacity *= 2;
    hi = new Uint32Array(capacity);
    lo = new Uint32Array(capacity);
    label = new Uint32Array(capacity);
    firstRow = new Uint32Array(capacity);
    count = new Uint32Array(capacity);
    for (let i = 0; i < old.label.length; i += 1) {
      if (old.label[i] === 0) continue;
      const slot = findSlot(old.hi[i] as number, old.lo[i] as number);
      hi[slot] = old.hi[i] as number;
      lo[slot] = old.lo[i] as number;
      label[slot] = old.label[i] as number;
      firstRow[slot] = old.firstRow[i] as number;
      count[slot] = old.count[i] as number;
    }
  };

  const add = (input: string, labelName: string, row: number) => {
    let id = labelIds.get(labelName);
    if (id === undefined) {
      id = labelNames.push(labelName);
      labelIds.set(labelName, id);
    }
    const digest = hash("sha256", input.trim(), "buffer");
    const h = digest.readUInt32LE(0);
    const l = digest.readUInt32LE(4);
    const slot = findSlot(h, l);
    if (label[slot] === 0) {
      hi[slot] = h;
      lo[slot] = l;
      label[slot] = id;
      firstRow[slot] = row;
      count[slot] = 1;
      used += 1;
      if (used * 2 > capacity) grow();
      return;
    }
    const seen = count[slot] as number;
    const conflicted = (seen & CONFLICTED) !== 0;
    const rows = (seen & ~CONFLICTED) + 1;
    if (conflicted) {
      result.conflictingRows += 1;
    } else if (label[slot] !== id) {
      result.conflictingInputs += 1;
      result.conflictingRows += rows;
      if (result.examples.length < MAX_EXAMPLES) {
        const firstLabel = labelNames[(label[slot] as number) - 1] ?? "";
        result.examples.push({ rows: [firstRow[slot] as number, row], labels: [firstLabel, labelName] });
      }
    }
    count[slot] = (rows | (conflicted || label[slot] !== id ? CONFLICTED : 0)) >>> 0;
  };

  return { add, summary: () => ({ ...result, examples: [...result.examples] }) };
}

/** One pass over (input, label) pairs; rows are numbered from 1 in iteration order. */
export async function findConflictingDuplicates(
  pairs: Iterable<{ input: string; label: string }> | AsyncIterable<{ input: string; label: string }>,
): Promise<TConflictSummary> {
  const detector = createConflictDetector();
  let row = 0;
  for await (const pair of pairs) detector.add(pair.input, pair.label, (row += 1));
  return detector.summary();
}
