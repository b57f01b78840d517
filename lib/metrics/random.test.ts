import { describe, expect, it } from "vitest";
import { createRandom, drawIndex } from "./random";

describe("createRandom", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const first = createRandom(42);
    const second = createRandom(42);
    const other = createRandom(43);
    const a = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => second())).toEqual(a);
    expect(Array.from({ length: 5 }, () => other())).not.toEqual(a);
  });

  it("draws roughly uniform floats in [0, 1) and indices in [0, n)", () => {
    const random = createRandom(7);
    const values = Array.from({ length: 20_000 }, () => random());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array<number>(10).fill(0);
    for (const value of values) buckets[drawIndex(() => value, 10)]! += 1;
    // Each bucket expects 2000; ±200 is > 4 standard deviations.
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});
