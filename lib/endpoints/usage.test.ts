import { describe, expect, it } from "vitest";
import { describeUsage } from "./usage";

describe("describeUsage", () => {
  it("names runs and judgings with the right plural, or null when unused", () => {
    expect(describeUsage({ runs: 1, judgings: 2 })).toBe("1 run and 2 judgings");
    expect(describeUsage({ runs: 3, judgings: 0 })).toBe("3 runs");
    expect(describeUsage({ runs: 0, judgings: 1 })).toBe("1 judging");
    expect(describeUsage({ runs: 0, judgings: 0 })).toBeNull();
  });
});
