import { describe, expect, it } from "vitest";
import { prepareLossChart } from "./loss-chart-data";

describe("prepareLossChart", () => {
  it("orders by step, keeps gaps as null, and skips events without losses", () => {
    const points = prepareLossChart([
      { step: 2, trainLoss: 0.5, validLoss: null },
      { step: null, trainLoss: null, validLoss: null },
      { step: 1, trainLoss: 0.9, validLoss: 1.1 },
      { step: 3, trainLoss: null, validLoss: null },
    ]);
    expect(points).toEqual([
      { step: 1, train: 0.9, valid: 1.1 },
      { step: 2, train: 0.5, valid: null },
    ]);
  });
});
