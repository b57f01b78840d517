import { describe, expect, it } from "vitest";
import { computeBarChartHeight, niceCeiling, truncateLabel } from "@/components/ui/chart-theme";

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

describe("niceCeiling", () => {
  it("rounds an axis end up to a round number of the same magnitude", () => {
    expect([0.0764, 0.08, 1.3, 7.2, 9.5, 12, 0.00031].map(niceCeiling)).toEqual([0.08, 0.08, 1.5, 8, 10, 12, 0.0004]);
  });

  it("gives 1 when there is nothing to show", () => {
    expect([0, -1, Number.NaN].map(niceCeiling)).toEqual([1, 1, 1]);
  });
});
