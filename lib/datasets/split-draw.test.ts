import { describe, expect, it } from "vitest";
import { createSplitDraw, type TSplitRow } from "./split-draw";

type TSplit = "TRAIN" | "TEST";

/** Replays a draw: the splits as written, then the corrections applied, as the database ends up. */
function drawAll(rows: TSplitRow[], options: { testFraction: number; seed: number; useFileSplit?: boolean }) {
  const draw = createSplitDraw(options);
  const splits = new Map<number, TSplit>();
  for (const row of rows) splits.set(row.index, draw.add(row));
  const outcome = draw.finish({ useFileSplit: options.useFileSplit ?? true });
  for (const index of outcome.toTest) splits.set(index, "TEST");
  for (const index of outcome.toTrain) splits.set(index, "TRAIN");
  return { splits, outcome };
}

function labelled(counts: Record<string, number>): TSplitRow[] {
  const rows: TSplitRow[] = [];
  const pending = Object.entries(counts).map(([label, count]) => ({ label, left: count }));
  // Interleaved, as classes usually are in a file.
  while (pending.some((entry) => entry.left > 0)) {
    for (const entry of pending) {
      if (entry.left === 0) continue;
      entry.left -= 1;
      rows.push({ index: rows.length, stratum: entry.label, fileSplit: null });
    }
  }
  return rows;
}

function testCountOf(rows: TSplitRow[], splits: Map<number, TSplit>, label: string | null): number {
  return rows.filter((row) => row.stratum === label && splits.get(row.index) === "TEST").length;
}

describe("createSplitDraw", () => {
  it("puts exactly round(n × fraction) rows of each class in TEST", () => {
    const counts = { a: 66, b: 45, c: 43, d: 26, e: 20, f: 3, g: 1 };
    const rows = labelled(counts);
    const { splits, outcome } = drawAll(rows, { testFraction: 0.25, seed: 5 });
    for (const [label, count] of Object.entries(counts)) {
      expect(testCountOf(rows, splits, label), label).toBe(Math.round(count * 0.25));
      expect(outcome.byStratum.get(label)).toEqual({
        train: count - Math.round(count * 0.25),
        test: Math.round(count * 0.25),
      });
    }
    expect(outcome.test).toBe([...splits.values()].filter((split) => split === "TEST").length);
    expect(outcome.train + outcome.test).toBe(rows.length);
  });

  it("is exact for a large class too, correcting only a few rows of the provisional draw", () => {
    const rows = labelled({ big: 100_000, small: 9_999 });
    const { splits, outcome } = drawAll(rows, { testFraction: 0.2, seed: 42 });
    expect(testCountOf(rows, splits, "big")).toBe(20_000);
    expect(testCountOf(rows, splits, "small")).toBe(2_000);
    expect(outcome.toTest.length + outcome.toTrain.length).toBeLessThan(1_500);
  });

  it("gives the same split for the same seed and a different one for another seed", () => {
    const rows = labelled({ a: 300, b: 200 });
    const first = drawAll(rows, { testFraction: 0.2, seed: 7 }).splits;
    expect(drawAll(rows, { testFraction: 0.2, seed: 7 }).splits).toEqual(first);
    const other = drawAll(rows, { testFraction: 0.2, seed: 8 }).splits;
    const differing = rows.filter((row) => other.get(row.index) !== first.get(row.index)).length;
    expect(differing).toBeGreaterThan(50);
  });

  it("spreads TEST rows over the file rather than taking the first or last ones", () => {
    const rows = labelled({ only: 10_000 });
    const { splits } = drawAll(rows, { testFraction: 0.2, seed: 1 });
    const firstHalf = rows.slice(0, 5_000).filter((row) => splits.get(row.index) === "TEST").length;
    expect(firstHalf).toBeGreaterThan(900);
    expect(firstHalf).toBeLessThan(1_100);
  });

  it("keeps the file's splits and draws only the rows without one", () => {
    const rows: TSplitRow[] = Array.from({ length: 40 }, (_, index) => ({
      index,
      stratum: index % 2 ? "odd" : "even",
      fileSplit: index < 4 ? "TRAIN" : index < 8 ? "TEST" : null,
    }));
    const { splits } = drawAll(rows, { testFraction: 0.25, seed: 3 });
    expect(rows.slice(0, 8).map((row) => splits.get(row.index))).toEqual([
      ...Array<TSplit>(4).fill("TRAIN"),
      ...Array<TSplit>(4).fill("TEST"),
    ]);
    const drawn = rows.slice(8);
    expect(drawn.filter((row) => row.stratum === "odd" && splits.get(row.index) === "TEST")).toHaveLength(4);
    expect(drawn.filter((row) => row.stratum === "even" && splits.get(row.index) === "TEST")).toHaveLength(4);
  });

  it("redraws every row when the file's split is not used", () => {
    const rows: TSplitRow[] = Array.from({ length: 100 }, (_, index) => ({ index, stratum: null, fileSplit: "TEST" }));
    const { splits, outcome } = drawAll(rows, { testFraction: 0.2, seed: 9, useFileSplit: false });
    expect(testCountOf(rows, splits, null)).toBe(20);
    expect(outcome.toTrain).toHaveLength(80);
  });

  it("handles the edges: fraction 0 and 1", () => {
    const rows = labelled({ a: 10, b: 10 });
    expect(drawAll(rows, { testFraction: 0, seed: 1 }).outcome).toMatchObject({ train: 20, test: 0 });
    expect(drawAll(rows, { testFraction: 1, seed: 1 }).outcome).toMatchObject({ train: 0, test: 20 });
  });
});
