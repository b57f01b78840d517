import { describe, expect, it } from "vitest";
import { planAccuracyComparison } from "./power-plan";

describe("planAccuracyComparison", () => {
  it("assumes independent errors (ψ = 2p(1-p)) and sizes the planner's target with Connor's formula", () => {
    const plan = planAccuracyComparison({ samples: 100, accuracy: 0.9, target: 0.03 });
    // ψ = 0.18; n = (1.959964 √0.18 + 0.841621 √(0.18 − 0.0009))² / 0.0009, computed here by hand.
    const needed = (1.959964 * Math.sqrt(0.18) + 0.841621 * Math.sqrt(0.18 - 0.0009)) ** 2 / 0.0009;
    expect(plan.discordance).toBeCloseTo(0.18, 12);
    expect(plan.needed).toBe(Math.ceil(needed));
    // 100 samples at ψ = 0.18: roughly 2.8 √(0.18 / 100) ≈ 12 points.
    expect(plan.detectable as number).toBeGreaterThan(0.1);
    expect(plan.detectable as number).toBeLessThan(0.13);
  });

  it("has no sample size for a gap larger than the runs can disagree by", () => {
    const plan = planAccuracyComparison({ samples: 1000, accuracy: 0.99, target: 0.05 });
    expect(plan.needed).toBeNull();
  });
});
