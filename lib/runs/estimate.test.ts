import { describe, expect, it } from "vitest";
import {
  estimateAveragePromptChars,
  estimateCompletionTokensPerSample,
  estimateRunCost,
  estimateTokensFromChars,
  type TEstimateInput,
} from "./estimate";

const labels = ["neoplasms", "general pathological conditions"]; // the longer one has 31 characters

function input(overrides: Partial<TEstimateInput> = {}): TEstimateInput {
  return {
    task: "CLASSIFICATION",
    samples: 100,
    promptChars: 1_000,
    maxTokens: 32,
    labels,
    endpoints: [{ id: "a", name: "GPT", inputPricePerM: 2, outputPricePerM: 8 }],
    ...overrides,
  };
}

describe("estimateTokensFromChars", () => {
  it("counts about four characters per token, rounding up", () => {
    expect(estimateTokensFromChars(0)).toBe(0);
    expect(estimateTokensFromChars(1)).toBe(1);
    expect(estimateTokensFromChars(8)).toBe(2);
    expect(estimateTokensFromChars(9)).toBe(3);
  });
});

describe("estimateCompletionTokensPerSample", () => {
  it("expects the longest label plus slack for classification", () => {
    // ceil(31 / 4) = 8, plus 2
    expect(estimateCompletionTokensPerSample("CLASSIFICATION", 32, labels)).toBe(10);
  });

  it("never expects more than the max tokens", () => {
    expect(estimateCompletionTokensPerSample("CLASSIFICATION", 4, labels)).toBe(4);
  });

  it("budgets the whole max tokens for open QA", () => {
    expect(estimateCompletionTokensPerSample("OPEN_QA", 1024, [])).toBe(1024);
  });
});

describe("estimateAveragePromptChars", () => {
  it("replaces the previewed sample's input with the average input", () => {
    expect(
      estimateAveragePromptChars({ renderedChars: 1_500, sampleInputChars: 1_200, averageInputChars: 1_000 }),
    ).toBe(1_300);
  });
});

describe("estimateRunCost", () => {
  it("multiplies the tokens of all samples by the endpoint's prices", () => {
    const estimate = estimateRunCost(input());
    // 100 x 1000 chars = 25,000 tokens at $2/M = $0.05; 100 x 10 tokens = 1,000 at $8/M = $0.008
    expect(estimate.perEndpoint).toEqual([
      { endpointId: "a", name: "GPT", promptTokens: 25_000, completionTokens: 1_000, cost: expect.closeTo(0.058, 10) },
    ]);
    expect(estimate.total.cost).toBeCloseTo(0.058, 10);
    expect(estimate.total.unpriced).toEqual([]);
  });

  it("says unknown, not $0, for an endpoint without a price, and keeps the known part", () => {
    const estimate = estimateRunCost(
      input({
        endpoints: [
          { id: "a", name: "GPT", inputPricePerM: 2, outputPricePerM: 8 },
          { id: "b", name: "Local Llama", inputPricePerM: null, outputPricePerM: null },
          { id: "c", name: "Half priced", inputPricePerM: 1, outputPricePerM: null },
        ],
      }),
    );
    expect(estimate.perEndpoint.map((endpoint) => endpoint.cost)).toEqual([expect.closeTo(0.058, 10), null, null]);
    expect(estimate.total.cost).toBeNull();
    expect(estimate.total.knownCost).toBeCloseTo(0.058, 10);
    expect(estimate.total.unpriced).toEqual(["Local Llama", "Half priced"]);
    expect(estimate.total.promptTokens).toBe(75_000);
  });

  it("treats a price of 0 as free, which is known", () => {
    const estimate = estimateRunCost(
      input({ endpoints: [{ id: "a", name: "Free", inputPricePerM: 0, outputPricePerM: 0 }] }),
    );
    expect(estimate.total.cost).toBe(0);
  });

  it("budgets max tokens per sample for open QA", () => {
    const estimate = estimateRunCost(input({ task: "OPEN_QA", labels: [], maxTokens: 512, samples: 10 }));
    expect(estimate.perEndpoint[0]?.completionTokens).toBe(5_120);
  });

  it("has no cost for no endpoints", () => {
    const estimate = estimateRunCost(input({ endpoints: [] }));
    expect(estimate.perEndpoint).toEqual([]);
    expect(estimate.total).toMatchObject({ promptTokens: 0, cost: 0, unpriced: [] });
  });
});
