import { describe, expect, it } from "vitest";
import { readExpectedAssert, readExpectedCell } from "./promptfoo-assert";

describe("promptfoo expected values", () => {
  it("reads equals: and icontains: cells, and a plain cell as equals", () => {
    expect(readExpectedCell("equals:Paris")).toEqual({ ok: true, value: "Paris" });
    expect(readExpectedCell("icontains:paris, france")).toEqual({ ok: true, value: "paris, france" });
    expect(readExpectedCell("Paris")).toEqual({ ok: true, value: "Paris" });
    // A colon in a plain answer is not an assertion type.
    expect(readExpectedCell("Ratio: 3:1")).toEqual({ ok: true, value: "Ratio: 3:1" });
  });

  it("names an assertion type that has no expected answer", () => {
    expect(readExpectedCell("llm-rubric:is polite")).toEqual({ ok: false, type: "llm-rubric" });
    expect(readExpectedCell("not-equals:Paris")).toEqual({ ok: false, type: "not-equals" });
    expect(readExpectedCell("javascript:output.length < 10")).toEqual({ ok: false, type: "javascript" });
  });

  it("takes the first equals or icontains assertion of a YAML test", () => {
    const asserts = [
      { type: "llm-rubric", value: "polite" },
      { type: "icontains", value: "skin" },
      { type: "equals", value: "heart" },
    ];
    expect(readExpectedAssert(asserts)).toBe("skin");
    expect(readExpectedAssert([{ type: "equals", value: 4 }])).toBe("4");
    expect(readExpectedAssert([{ type: "contains", value: "x" }])).toBeNull();
    expect(readExpectedAssert("equals")).toBeNull();
  });
});
