import { describe, expect, it } from "vitest";
import { computeCost } from "./cost";

describe("computeCost", () => {
  it("prices input and output tokens separately per million", () => {
    const cost = computeCost(
      { promptTokens: 1500, completionTokens: 300 },
      { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    );
    expect(cost.input).toBeCloseTo(0.000225, 12);
    expect(cost.output).toBeCloseTo(0.00018, 12);
    expect(cost.total).toBeCloseTo(0.000405, 12);
  });

  it("is null, not 0, when a price or a token count is unknown", () => {
    const noOutputPrice = computeCost(
      { promptTokens: 1000, completionTokens: 10 },
      { inputPerMillion: 2, outputPerMillion: null },
    );
    expect(noOutputPrice).toEqual({ input: 0.002, output: null, total: null });
    const noUsage = computeCost(
      { promptTokens: null, completionTokens: null },
      { inputPerMillion: 1, outputPerMillion: 1 },
    );
    expect(noUsage).toEqual({ input: null, output: null, total: null });
  });

  it("keeps a real zero price as 0 (a free local model)", () => {
    expect(
      computeCost({ promptTokens: 10, completionTokens: 10 }, { inputPerMillion: 0, outputPerMillion: 0 }).total,
    ).toBe(0);
  });
});
