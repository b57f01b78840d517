import { describe, expect, it } from "vitest";
import { prepareLabelChart } from "./label-distribution";

describe("prepareLabelChart", () => {
  it("orders labels by rows, ties by name, with train and test stacked and each label's share", () => {
    const chart = prepareLabelChart([
      { label: "b", train: 8, test: 2 },
      { label: "c", train: 30, test: 0 },
      { label: "a", train: 7, test: 3 },
    ]);
    expect(chart.bars).toEqual([
      { label: "c", shortLabel: "c", train: 30, test: 0, total: 30, share: "60.0%" },
      { label: "a", shortLabel: "a", train: 7, test: 3, total: 10, share: "20.0%" },
      { label: "b", shortLabel: "b", train: 8, test: 2, total: 10, share: "20.0%" },
    ]);
    expect(chart.hidden).toEqual({ labels: 0, rows: 0 });
    expect(chart.height).toBe(3 * 34 + 40);
  });

  it("draws at most maxBars bars and says how many labels and rows it left out", () => {
    const counts = Array.from({ length: 5 }, (_, i) => ({ label: `l${i}`, train: 10 - i, test: 0 }));
    const chart = prepareLabelChart(counts, 3);
    expect(chart.bars.map((bar) => bar.label)).toEqual(["l0", "l1", "l2"]);
    expect(chart.hidden).toEqual({ labels: 2, rows: 7 + 6 });
  });

  it("shortens long labels for the axis but keeps the full name", () => {
    const label = "a very long label name that will not fit on the axis";
    const [bar] = prepareLabelChart([{ label, train: 1, test: 1 }]).bars;
    expect(bar?.label).toBe(label);
    expect(bar?.shortLabel).toHaveLength(32);
    expect(bar?.shortLabel.endsWith("…")).toBe(true);
  });
});
