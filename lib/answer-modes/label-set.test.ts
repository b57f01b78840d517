import { describe, expect, it } from "vitest";
import { findLabelSetProblem, MAX_LABEL_CHARS } from "./label-set";

describe("findLabelSetProblem", () => {
  it("accepts ordinary labels", () => {
    expect(findLabelSetProblem(["A", "B c"])).toBeNull();
  });
  it("names empty, very long and duplicate-after-trimming labels", () => {
    expect(findLabelSetProblem(["A", "  "])).toMatch(/empty/);
    expect(findLabelSetProblem(["A", "x".repeat(MAX_LABEL_CHARS + 1)])).toMatch(/characters long/);
    expect(findLabelSetProblem(["Neoplasms", "Neoplasms "])).toMatch(/"Neoplasms" and "Neoplasms " are the same/);
    expect(findLabelSetProblem(["only"])).toMatch(/at least 2/);
  });
});
