import { describe, expect, it } from "vitest";
import { computeMetricsFromConfusion, perClassFromConfusion } from "@/lib/metrics";
import { prepareMetricCards, preparePerClassRows } from "./metric-cards";

const confusion = {
  labels: ["cat", "dog", "eel"],
  counts: [
    [8, 1, 0, 1],
    [2, 8, 0, 0],
    [0, 0, 0, 0], // eel: never expected, never predicted
  ],
};

describe("prepareMetricCards", () => {
  it("fills the cards from real metrics", () => {
    const metrics = computeMetricsFromConfusion(confusion, 2, { samples: 50 });
    const cards = prepareMetricCards({
      metrics,
      totals: { cost: 0.0123, latencyP50Ms: 80, latencyP95Ms: 400 },
      progress: { total: 30, done: 22, errors: 2 },
    });
    const byLabel = Object.fromEntries(cards.map((card) => [card.label, card]));
    expect(byLabel["Valid answers"]?.value).toBe("95.0%"); // 19 of 20
    expect(byLabel["Valid accuracy"]?.value).toBe("84.2%"); // 16 of 19
    expect(byLabel["Accuracy"]?.value).toBe("80.0%"); // 16 of 20
    expect(byLabel["Accuracy"]?.range).toMatch(/^\d+\.\d–\d+\.\d%$/);
    expect(byLabel["Answered"]).toMatchObject({ value: "20", range: "of 30 samples" });
    expect(byLabel["Errors"]).toMatchObject({ value: "2", range: "9.1% of calls" });
    expect(byLabel["Cost"]?.value).toBe("$0.0123");
    expect(byLabel["Latency p50"]).toMatchObject({ value: "80 ms", range: "p95 400 ms" });
  });

  it("shows dashes, not zeros, before any answer", () => {
    const cards = prepareMetricCards({
      metrics: null,
      totals: { cost: null, latencyP50Ms: null, latencyP95Ms: null },
      progress: { total: 30, done: 0, errors: 0 },
    });
    const byLabel = Object.fromEntries(cards.map((card) => [card.label, card]));
    expect(byLabel["Valid accuracy"]?.value).toBe("—");
    expect(byLabel["Macro-F1"]?.value).toBe("—");
    expect(byLabel["Cost"]?.value).toBe("—");
    expect(byLabel["Errors"]?.range).toBeNull();
  });
});

describe("preparePerClassRows", () => {
  it("formats precision and recall with intervals and leaves unknowns blank", () => {
    const rows = preparePerClassRows(perClassFromConfusion(confusion));
    expect(rows[0]).toMatchObject({ label: "cat", support: "10", f1: "0.800" }); // tp 8, predicted 10, support 10
    expect(rows[0]?.precision.value).toBe("80.0%");
    expect(rows[0]?.precision.range).not.toBeNull();
    expect(rows[2]).toMatchObject({ label: "eel", support: "0", f1: "—" });
    expect(rows[2]?.precision).toEqual({ value: "—", range: null });
    expect(rows[2]?.recall).toEqual({ value: "—", range: null });
  });
});
