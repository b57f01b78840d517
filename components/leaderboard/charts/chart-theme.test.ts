import { describe, expect, it } from "vitest";
import { computeBarChartHeight, truncateLabel } from "./chart-theme";

describe("chart theme helpers", () => {
  it("cuts long labels with an ellipsis and keeps short ones", () => {
    expect(truncateLabel("gpt-4o-mini")).toBe("gpt-4o-mini");
    expect(truncateLabel("a".repeat(30), 10)).toBe(`${"a".repeat(9)}…`);
  });

  it("grows with the runs and never collapses to nothing", () => {
    expect(computeBarChartHeight(0)).toBe(computeBarChartHeight(1));
    expect(computeBarChartHeight(4)).toBeGreaterThan(computeBarChartHeight(2));
  });
});
