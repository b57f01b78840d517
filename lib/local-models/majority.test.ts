import { describe, expect, it } from "vitest";
import { findMajorityLabel } from "./majority";

describe("findMajorityLabel", () => {
  it("returns the most frequent label", () => {
    expect(findMajorityLabel(["b", "a", "b", "c", "b", "a"])).toBe("b");
  });

  it("breaks ties alphabetically, whatever the row order", () => {
    expect(findMajorityLabel(["z", "y", "z", "y"])).toBe("y");
    expect(findMajorityLabel(["y", "z", "y", "z"])).toBe("y");
  });

  it("refuses an empty training set", () => {
    expect(() => findMajorityLabel([])).toThrow(/at least one/);
  });
});
