import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/metrics";
import { buildIndexBits, countDiscordantBits } from "./summary-bits";

/** A run's answers by sample index: undefined = no answer (none, or a failed call), true = correct, false = wrong. */
function randomRun(seed: number, size: number) {
  const random = createRandom(seed);
  return Array.from({ length: size }, () => (random() < 0.15 ? undefined : random() < 0.6));
}

function toBits(run: (boolean | undefined)[]) {
  const present = run.flatMap((answer, index) => (answer === undefined ? [] : [index]));
  return { present: buildIndexBits(present), correct: buildIndexBits(present.filter((index) => run[index])) };
}

describe("countDiscordantBits", () => {
  it("counts the discordant pairs a join on shared samples would, for runs of different lengths", () => {
    const best = randomRun(1, 1003);
    const other = randomRun(2, 517);
    let b = 0;
    let c = 0;
    let shared = 0;
    other.forEach((answer, index) => {
      const bestAnswer = best[index];
      if (answer === undefined || bestAnswer === undefined) return;
      shared++;
      if (bestAnswer && !answer) b++;
      if (!bestAnswer && answer) c++;
    });
    expect(b + c).toBeGreaterThan(100);
    expect(countDiscordantBits(toBits(best), toBits(other))).toEqual({ b, c, shared });
    expect(countDiscordantBits(toBits(other), toBits(best))).toEqual({ b: c, c: b, shared });
  });

  it("handles empty runs", () => {
    expect(buildIndexBits([])).toEqual(new Uint8Array(0));
    expect(countDiscordantBits(toBits([]), toBits([true, false]))).toEqual({ b: 0, c: 0, shared: 0 });
    // Runs on disjoint samples (two splits of one dataset) share nothing.
    expect(countDiscordantBits(toBits([true, undefined]), toBits([undefined, false]))).toEqual({
      b: 0,
      c: 0,
      shared: 0,
    });
  });
});
