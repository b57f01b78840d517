import { describe, expect, it } from "vitest";
import { wilson } from "./wilson";

describe("wilson", () => {
  // Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (score interval without continuity
  // correction); identical to R's prop.test(x, n, correct = FALSE)$conf.int.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("%i/%i gives %f to %f (Newcombe 1998)", (x, n, low, high) => {
    const interval = wilson(x, n);
    expect(interval.estimate).toBeCloseTo(x / n, 12);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it("gives exact 0 and 1 bounds at the extremes, never outside [0, 1]", () => {
    expect(wilson(0, 20).low).toBe(0);
    const all = wilson(29, 29);
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.88303, 5);
  });

  it("is null (not NaN, not 0) when n = 0", () => {
    expect(wilson(0, 0)).toEqual({ estimate: null, low: null, high: null });
  });

  it("rejects impossible counts", () => {
    expect(() => wilson(5, 4)).toThrow(RangeError);
    expect(() => wilson(-1, 4)).toThrow(RangeError);
    expect(() => wilson(1.5, 4)).toThrow(RangeError);
  });
});
