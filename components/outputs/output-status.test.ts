import { describe, expect, it } from "vitest";
import { deriveOutputStatus, describePage } from "./output-status";

describe("deriveOutputStatus", () => {
  it("reads errors first, then invalid, then correctness; open-QA answers are just answered", () => {
    expect(deriveOutputStatus({ errorKind: "timeout", valid: null, correct: null })).toBe("error");
    expect(deriveOutputStatus({ errorKind: null, valid: false, correct: false })).toBe("invalid");
    expect(deriveOutputStatus({ errorKind: null, valid: true, correct: false })).toBe("wrong");
    expect(deriveOutputStatus({ errorKind: null, valid: true, correct: true })).toBe("correct");
    expect(deriveOutputStatus({ errorKind: null, valid: null, correct: null })).toBe("answered");
  });
});

describe("describePage", () => {
  it("says how many match and how many are shown", () => {
    expect(describePage(0, 0, false)).toBe("No outputs match.");
    expect(describePage(1, 1, false)).toBe("1 output");
    expect(describePage(50, 4210, false)).toBe("First 50 of 4,210 outputs");
    expect(describePage(50, 4210, true)).toBe("50 more of 4,210 outputs");
    expect(describePage(50, 10_001, false)).toBe("First 50 of 10,000+ outputs");
  });
});
