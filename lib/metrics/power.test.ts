import { describe, expect, it } from "vitest";
import { drawMultinomial } from "./binomial";
import { normalCdf, normalQuantile, studentTCdf } from "./distributions";
import {
  independentDiscordance,
  mcnemarDetectableDifference,
  mcnemarSampleSize,
  pairedTDetectableDifference,
  pairedTSampleSize,
  wilcoxonDetectableDifference,
} from "./power";
import { createRandom, type TRandom } from "./random";
import { wilcoxonSignedRank } from "./wilcoxon";

/** A second implementation: the share of simulated McNemar tests (asymptotic z, α = 0.05) that reject. */
function simulateMcNemarPower(pairs: number, difference: number, discordance: number, trials: number, seed: number) {
  const random = createRandom(seed);
  // Integer weights in parts per million: [only A right, only B right, concordant].
  const weights = [(discordance + difference) / 2, (discordance - difference) / 2, 1 - discordance].map((w) =>
    Math.round(w * 1e6),
  );
  const counts = [0, 0, 0];
  let rejections = 0;
  for (let trial = 0; trial < trials; trial++) {
    drawMultinomial(random, pairs, weights, counts);
    const [b, c] = counts as [number, number, number];
    if (b + c > 0 && Math.abs(b - c) / Math.sqrt(b + c) > 1.959964) rejections++;
  }
  return rejections / trials;
}

function drawNormal(random: TRandom): number {
  // Box-Muller; 1 - u keeps the log finite when the generator returns exactly 0.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

describe("normalQuantile", () => {
  it("inverts the normal CDF at the textbook points", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212, 6);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536, 6);
    for (const p of [0.001, 0.3, 0.6, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 10);
  });
});

describe("McNemar sample size and detectable difference", () => {
  it("gives the issue's figures: ~300 pairs for 5 points at 10% discordance, ~1,700 for 3 points at 20%", () => {
    const small = mcnemarSampleSize(0.05, 0.1) as number;
    const large = mcnemarSampleSize(0.03, 0.2) as number;
    expect(small).toBeGreaterThan(280);
    expect(small).toBeLessThan(330);
    expect(large).toBeGreaterThan(1600);
    expect(large).toBeLessThan(1800);
  });

  it("reaches 80% power in a seeded simulation of the test at the sizes it prescribes", () => {
    for (const [difference, discordance, seed] of [
      [0.05, 0.1, 11],
      [0.03, 0.2, 12],
      [0.1, 0.3, 13],
    ] as const) {
      const pairs = Math.ceil(mcnemarSampleSize(difference, discordance) as number);
      const power = simulateMcNemarPower(pairs, difference, discordance, 4000, seed);
      // 4,000 trials: the simulation's standard error is ~0.006, so ±0.03 is five of them.
      expect(Math.abs(power - 0.8)).toBeLessThan(0.03);
    }
  });

  it("the detectable difference inverts the sample size, and shrinks with more pairs", () => {
    for (const [pairs, discordance] of [
      [100, 0.2],
      [300, 0.1],
      [2000, 0.35],
    ] as const) {
      const detectable = mcnemarDetectableDifference(pairs, discordance) as number;
      expect(mcnemarSampleSize(detectable, discordance)).toBeCloseTo(pairs, 6);
    }
    expect(mcnemarDetectableDifference(400, 0.2) as number).toBeLessThan(
      mcnemarDetectableDifference(100, 0.2) as number,
    );
  });

  it("is null when nothing can be detected or computed", () => {
    expect(mcnemarDetectableDifference(0, 0.2)).toBeNull();
    expect(mcnemarDetectableDifference(100, 0)).toBeNull();
    // Even δ = ψ needs z²/ψ = 3.84/0.01 = 384 pairs: 100 pairs cannot detect anything.
    expect(mcnemarDetectableDifference(100, 0.01)).toBeNull();
    expect(mcnemarSampleSize(0.2, 0.1)).toBeNull();
    expect(mcnemarSampleSize(0, 0.1)).toBeNull();
  });

  it("assumes independent errors before any pair exists", () => {
    expect(independentDiscordance(0.6)).toBeCloseTo(2 * 0.6 * 0.4, 12);
    expect(() => independentDiscordance(1.2)).toThrow(RangeError);
  });
});

describe("paired t and Wilcoxon detectable difference", () => {
  it("matches R's power.t.test(delta = 0.5, sd = 1, power = 0.8, type = 'paired'): n = 33.37", () => {
    // R uses the noncentral t; our central-t approximation is within a few hundredths of a pair here.
    expect(pairedTSampleSize(0.5, 1) as number).toBeCloseTo(33.37, 0);
    expect(pairedTDetectableDifference(34, 1) as number).toBeLessThan(0.5);
    expect(pairedTDetectableDifference(33, 1) as number).toBeGreaterThan(0.49);
  });

  it("reaches 80% power in a seeded simulation of the paired t test", () => {
    const random = createRandom(21);
    const pairs = 40;
    const sd = 1.5;
    const delta = pairedTDetectableDifference(pairs, sd) as number;
    let rejections = 0;
    const trials = 3000;
    for (let trial = 0; trial < trials; trial++) {
      const differences = Array.from({ length: pairs }, () => delta + sd * drawNormal(random));
      const mean = differences.reduce((s, d) => s + d, 0) / pairs;
      const variance = differences.reduce((s, d) => s + (d - mean) ** 2, 0) / (pairs - 1);
      const t = mean / Math.sqrt(variance / pairs);
      if (2 * (1 - studentTCdf(Math.abs(t), pairs - 1)) < 0.05) rejections++;
    }
    expect(Math.abs(rejections / trials - 0.8)).toBeLessThan(0.035);
  });

  it("widens by √(π/3) for Wilcoxon, which then reaches ~80% power on normal differences", () => {
    const pairs = 60;
    const sd = 2;
    const delta = wilcoxonDetectableDifference(pairs, sd) as number;
    expect(delta / (pairedTDetectableDifference(pairs, sd) as number)).toBeCloseTo(Math.sqrt(Math.PI / 3), 12);
    const random = createRandom(31);
    const zeros = new Array<number>(pairs).fill(0);
    let rejections = 0;
    const trials = 1500;
    for (let trial = 0; trial < trials; trial++) {
      const differences = Array.from({ length: pairs }, () => delta + sd * drawNormal(random));
      if (wilcoxonSignedRank(differences, zeros).pValue < 0.05) rejections++;
    }
    expect(Math.abs(rejections / trials - 0.8)).toBeLessThan(0.05);
  });

  it("is null without two pairs", () => {
    expect(pairedTDetectableDifference(1, 1)).toBeNull();
    expect(wilcoxonDetectableDifference(0, 1)).toBeNull();
    expect(pairedTSampleSize(0, 1)).toBeNull();
  });
});
