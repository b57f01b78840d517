import { describe, expect, it } from "vitest";
import { findNulFields, ZNoNulText } from "./text";

describe("findNulFields", () => {
  it("names every string holding a NUL by its dotted path, keys included", () => {
    const value = { name: "a\u0000b", tags: ["ok", "\u0000"], nested: { "k\u0000": 1, fine: "x" }, n: 3 };
    expect(findNulFields(value).map((problem) => problem.path)).toEqual(["name", "tags.1", "nested.k\u0000"]);
    expect(findNulFields({ name: "clean", list: [1, null, true] })).toEqual([]);
  });
});

describe("ZNoNulText", () => {
  it("refuses NUL and accepts everything else", () => {
    expect(ZNoNulText.safeParse("a\u0000").success).toBe(false);
    expect(ZNoNulText.safeParse("caf\u00e9 \u0001").success).toBe(true);
  });
});
