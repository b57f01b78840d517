import { describe, expect, it } from "vitest";
import { buildWinMatrix, computeBradleyTerryRatings, fitBradleyTerry, toEloScale } from "./bradley-terry";
import { cohenKappa } from "./kappa";

describe("Bradley-Terry", () => {
  it("two contestants, 3 wins to 1: the odds are 3, so 400·log10(3) ≈ 190.85 points apart around 1000", () => {
    const [a, b] = toEloScale(
      fitBradleyTerry([
        [0, 3],
        [1, 0],
      ]),
    );
    expect(a! - b!).toBeCloseTo(400 * Math.log10(3), 9);
    expect((a! + b!) / 2).toBeCloseTo(1000, 9);
  });

  it("recovers strengths 1, 2, 4 from win counts that match them exactly (hand-derived case)", () => {
    // P(i beats j) = p_i / (p_i + p_j): 1 v 2 over 3 games → 1 : 2; 2 v 4 over 3 → 1 : 2; 1 v 4 over 5 → 1 : 4.
    const wins = [
      [0, 1, 1],
      [2, 0, 1],
      [4, 2, 0],
    ];
    const logs = fitBradleyTerry(wins);
    expect(logs[1]! - logs[0]!).toBeCloseTo(Math.log10(2), 9);
    expect(logs[2]! - logs[0]!).toBeCloseTo(Math.log10(4), 9);
  });

  it("meets the likelihood equations on an arbitrary case: expected wins equal observed wins", () => {
    const wins = [
      [0, 7, 3, 5],
      [4, 0, 6, 2],
      [9, 5, 0, 1],
      [3, 8, 6, 0],
    ];
    const p = fitBradleyTerry(wins).map((log) => 10 ** log!);
    wins.forEach((row, i) => {
      const observed = row.reduce((sum, value) => sum + value, 0);
      const expected = row.reduce(
        (sum, _, j) => (j === i ? sum : sum + ((row[j]! + wins[j]![i]!) * p[i]!) / (p[i]! + p[j]!)),
        0,
      );
      expect(expected).toBeCloseTo(observed, 8);
    });
  });

  it("counts a tie as half a win each and gives seeded, reproducible intervals around the fit", () => {
    // Pair (0,1): per sample 1 = first won, 2 = second won, 3 = tie.
    const outcomes = new Uint8Array([1, 1, 3, 2, 1, 3, 1, 2]);
    const data = { contestants: 2, pairs: [[0, 1]] as [number, number][], outcomes };
    expect(buildWinMatrix(data)).toEqual([
      [0, 4 + 1],
      [2 + 1, 0],
    ]);
    const first = computeBradleyTerryRatings(data, { samples: 200, seed: 7, prior: 0 });
    const again = computeBradleyTerryRatings(data, { samples: 200, seed: 7, prior: 0 });
    expect(first).toEqual(again);
    expect(first[0]!.rating! - first[1]!.rating!).toBeCloseTo(400 * Math.log10(5 / 3), 9);
    for (const rating of first) {
      expect(rating.low!).toBeLessThanOrEqual(rating.rating!);
      expect(rating.high!).toBeGreaterThanOrEqual(rating.rating!);
    }
  });

  it("gives a contestant that never lost a finite rating with the prior, none without", () => {
    expect(
      fitBradleyTerry(
        [
          [0, 5],
          [0, 0],
        ],
        { prior: 0.5 },
      ).every((value) => value !== null && Number.isFinite(value)),
    ).toBe(true);
  });
});

describe("agreement between judges", () => {
  it("Cohen's kappa for two judges: Cohen (1960)-style 2×2 table, p_o = 0.7, p_e = 0.5 → 0.4", () => {
    // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no (the Wikipedia example).
    const a = [...Array(20).fill(1), ...Array(5).fill(1), ...Array(10).fill(0), ...Array(15).fill(0)];
    const b = [...Array(20).fill(1), ...Array(5).fill(0), ...Array(10).fill(1), ...Array(15).fill(0)];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 12);
  });
});
