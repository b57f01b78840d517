import { describe, expect, it } from "vitest";
import { computeCellAlpha, prepareHeatmap } from "./confusion-heatmap";

const confusion = {
  labels: ["cat", "dog"],
  counts: [
    [8, 1, 1], // cat: 8 right, 1 called dog, 1 invalid
    [0, 0, 0], // no dogs answered
  ],
};

describe("prepareHeatmap", () => {
  const heatmap = prepareHeatmap(confusion);

  it("adds an invalid column after the labels", () => {
    expect(heatmap.columns).toEqual(["cat", "dog", "invalid"]);
    expect(heatmap.rows[0]?.cells.map((cell) => cell.kind)).toEqual(["correct", "wrong", "invalid"]);
    expect(heatmap.rows[1]?.cells.map((cell) => cell.kind)).toEqual(["wrong", "correct", "invalid"]);
  });

  it("shades by the share of the row", () => {
    const [right, wrong, invalid] = heatmap.rows[0]?.cells ?? [];
    expect(right?.share).toBeCloseTo(0.8);
    expect(wrong?.share).toBeCloseTo(0.1);
    expect(invalid?.share).toBeCloseTo(0.1);
    expect(right?.background).toMatch(/^rgb\(4 120 87 \/ 0\.\d+\)$/);
    expect(invalid?.background).toMatch(/^rgb\(217 119 6 /);
  });

  it("asks for white text only where it keeps a 4.5:1 contrast", () => {
    const [right, wrong] = heatmap.rows[0]?.cells ?? [];
    expect(right?.dark).toBe(false);
    expect(wrong?.dark).toBe(false);
    const solid = prepareHeatmap({ labels: ["cat"], counts: [[5, 0]] }).rows[0]?.cells[0];
    expect(solid?.dark).toBe(true);
  });

  it("leaves an empty row without shares rather than zeros", () => {
    expect(heatmap.rows[1]?.total).toBe(0);
    expect(heatmap.rows[1]?.cells.every((cell) => cell.share === null && cell.background === "transparent")).toBe(true);
  });

  it("totals the columns", () => {
    expect(heatmap.columnTotals).toEqual([8, 1, 1]);
  });
});

describe("computeCellAlpha", () => {
  it("is transparent for nothing and grows with the share", () => {
    expect(computeCellAlpha(null)).toBe(0);
    expect(computeCellAlpha(0)).toBe(0);
    expect(computeCellAlpha(0.01)).toBeGreaterThan(0.05);
    expect(computeCellAlpha(0.5)).toBeLessThan(computeCellAlpha(1));
    expect(computeCellAlpha(1)).toBeLessThanOrEqual(1);
  });
});
