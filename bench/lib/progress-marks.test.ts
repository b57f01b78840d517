import { describe, expect, it } from "vitest";
import { describeStart, doneAt, timeToRate, type TMark } from "./progress-marks";

// A run that does nothing for 1.5 s, then 100 samples per 0.5 s (200/s), marked every 0.5 s.
const marks: TMark[] = Array.from({ length: 12 }, (_, i) => {
  const at = (i + 1) * 500;
  return { at, done: Math.max(0, (at - 1_500) / 5), rssMb: 100 };
});

describe("progress marks of a bench run", () => {
  it("interpolates the samples done between two marks", () => {
    expect(doneAt(marks, 2_250)).toBe(150);
  });

  it("finds when the rate over the second before first reaches a share of the steady rate", () => {
    // Over (1.5 s, 2.5 s] it did 200: the full rate, first reached at 2.5 s; 50% of it (100/s) at 2 s.
    expect(timeToRate(marks, 200)).toBe(2_500);
    expect(timeToRate(marks, 200, 0.5)).toBe(2_000);
    expect(timeToRate(marks, 1_000)).toBeNull();
  });

  it("describes the samples done at 1, 2, 5 and 10 s", () => {
    expect(describeStart(marks, 6_000, 900)).toBe(
      "0 at 1 s (0/s), 100 at 2 s (50/s), 700 at 5 s (140/s), all 900 in 6.0 s",
    );
  });
});
