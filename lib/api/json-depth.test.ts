import { describe, expect, it } from "vitest";
import { exceedsJsonDepth } from "./json-depth";

describe("exceedsJsonDepth", () => {
  it("counts nested arrays and objects up to the limit, and one more is too deep", () => {
    expect(exceedsJsonDepth(`${"[".repeat(3)}${"]".repeat(3)}`, 3)).toBe(false);
    expect(exceedsJsonDepth(`${"[".repeat(4)}${"]".repeat(4)}`, 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":{"b":{"c":[1]}}}', 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":{"b":{"c":1}},"d":[[2]]}', 3)).toBe(false);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(exceedsJsonDepth(`{"a":"${"[".repeat(100)}"}`, 2)).toBe(false);
    expect(exceedsJsonDepth(`{"a":"\\"${"{".repeat(100)}"}`, 2)).toBe(false);
    expect(exceedsJsonDepth(`["\\\\",${"[".repeat(3)}]]]]`, 3)).toBe(true);
  });
});
