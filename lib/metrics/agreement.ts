import { spearman } from "./correlation";
import { cohenKappa, quadraticWeightedKappa } from "./kappa";
import type { TInterval } from "./types";
import { wilson } from "./wilson";

export type TScale = { min: number; max: number };
export const JUDGE_SCALE: TScale = Object.freeze({ min: 1, max: 10 });

/**
 * Maps a score linearly from one integer scale onto another and rounds to the nearest integer (halves round up).
 * 1-10 onto 1-4: 1,2→1; 3,4,5→2; 6,7,8→3; 9,10→4. From the 1-10 judge scale (9 steps, an odd number) onto any
 * integer scale a mapped value never lands exactly on a half, so the rounding rule never has to break a tie.
 */
export function mapScoreToScale(score: number, to: TScale, from: TScale = JUDGE_SCALE): number {
  if (!(from.max > from.min) || !(to.max > to.min)) throw new RangeError("a scale needs max > min");
  if (score < from.min || score > from.max) throw new RangeError(`score ${score} is outside ${from.min}..${from.max}`);
  const scaled = to.min + ((score - from.min) * (to.max - to.min)) / (from.max - from.min);
  // Round to 1e-9 first so float dust (2.4999999999) cannot flip a half.
  return Math.floor(Math.round(scaled * 1e9) / 1e9 + 0.5);
}

export type TJudgeAgreement = {
  /** Pairs with both a judge score and a human score. */
  n: number;
  /** Spearman on the raw judge scores (ranks are unaffected by the mapping, which only adds ties). */
  spearman: number | null;
  /** Cohen's kappa on mapped judge scores vs human scores. */
  kappa: number | null;
  quadraticKappa: number | null;
  /** Share of pairs where the mapped judge score equals the human score. */
  exactAgreement: TInterval;
  /** Share of pairs where they differ by at most 1 on the human scale. */
  adjacentAgreement: TInterval;
};

/** Calibration of judge scores (1-10) against human scores on `humanScale`; pairs with a null judge score are skipped. */
export function computeJudgeAgreement(
  pairs: readonly { judge: number | null; human: number }[],
  humanScale: TScale,
  judgeScale: TScale = JUDGE_SCALE,
): TJudgeAgreement {
  const judge: number[] = [];
  const mapped: number[] = [];
  const human: number[] = [];
  for (const pair of pairs) {
    if (pair.judge === null) continue;
    if (pair.human < humanScale.min || pair.human > humanScale.max) {
      throw new RangeError(`human score ${pair.human} is outside ${humanScale.min}..${humanScale.max}`);
    }
    judge.push(pair.judge);
    mapped.push(mapScoreToScale(pair.judge, humanScale, judgeScale));
    human.push(pair.human);
  }
  const exact = mapped.filter((value, i) => value === human[i]).length;
  const adjacent = mapped.filter((value, i) => Math.abs(value - (human[i] as number)) <= 1).length;
  return {
    n: judge.length,
    spearman: spearman(judge, human),
    kappa: cohenKappa(mapped, human),
    quadraticKappa: quadraticWeightedKappa(mapped, human),
    exactAgreement: wilson(exact, judge.length),
    adjacentAgreement: wilson(adjacent, judge.length),
  };
}
