import { describe, expect, it } from "vitest";
import { countDiscordantPairs, mcnemarExact } from "./mcnemar";

describe("mcnemarExact", () => {
  it("reproduces Fagerland, Lydersen & Laake (2013), BMC Med Res Methodol 13:91: b = 1, c = 7", () => {
    // Exact conditional p = 0.070 (2 × 9/256), mid-p = 0.039 (10/256).
    const result = mcnemarExact(1, 7);
    expect(result.pValue).toBeCloseTo(18 / 256, 12);
    expect(result.midPValue).toBeCloseTo(10 / 256, 12);
    expect(result.discordant).toBe(8);
  });

  it("is symmetric in b and c", () => {
    expect(mcnemarExact(7, 1).pValue).toBe(mcnemarExact(1, 7).pValue);
  });

  it("matches scipy.stats.binomtest for large discordant counts", () => {
    expect(mcnemarExact(480, 520).pValue).toBeCloseTo(0.2174482932041415, 10);
    expect(mcnemarExact(4800, 5200).pValue / 6.593515598672343e-5).toBeCloseTo(1, 8);
  });

  it("gives p = 1 for balanced or no discordant pairs", () => {
    expect(mcnemarExact(5, 5).pValue).toBe(1);
    expect(mcnemarExact(5, 5).midPValue).toBeCloseTo(1, 12);
    expect(mcnemarExact(0, 0)).toMatchObject({ pValue: 1, midPValue: 1, discordant: 0 });
  });

  it("gives the smallest possible p when all discordant pairs go one way", () => {
    expect(mcnemarExact(0, 10).pValue).toBeCloseTo(2 / 1024, 15);
  });

  it("rejects bad counts", () => {
    expect(() => mcnemarExact(-1, 2)).toThrow(RangeError);
    expect(() => mcnemarExact(1.5, 2)).toThrow(RangeError);
  });
});

describe("countDiscordantPairs", () => {
  it("counts pairs where only one run was correct", () => {
    const pairs = [
      { a: true, b: true },
      { a: true, b: false },
      { a: true, b: false },
      { a: false, b: true },
      { a: false, b: false },
    ];
    expect(countDiscordantPairs(pairs)).toEqual({ b: 2, c: 1 });
  });
});
