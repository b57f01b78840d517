import { describe, expect, it } from "vitest";
import { describeLogprobs } from "./answer-mode-format";

describe("describeLogprobs", () => {
  it("says which label-scoring methods read a LOGPROBS run's answers, with their counts", () => {
    expect(describeLogprobs("LOGPROBS", true, { "first-token": 1180, "per-label-calls": 20 })).toBe(
      "label scoring: 1,180 by first-token probabilities, 20 by one scoring call per label",
    );
    expect(describeLogprobs("LOGPROBS", true, { "split-evenly": 3, "following-tokens": 0 })).toBe(
      "label scoring: 3 split evenly (no scoring calls)",
    );
    // Before the run completes (no counts stored yet): the method in general.
    expect(describeLogprobs("LOGPROBS", true)).toMatch(/^label scoring: first-token probabilities/);
    expect(describeLogprobs("JSON_SCHEMA", true, { "first-token": 5 })).toBe("asked for: confidence per answer");
    expect(describeLogprobs("FREE_TEXT", false)).toBe("not asked for");
  });
});
