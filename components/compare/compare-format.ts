import type { TAgreement, TRunAnswer } from "@/lib/compare/classification";
import type { TCompareSide } from "@/lib/compare/schemas";
import type { TScoreComparison } from "@/lib/compare/scores";
import { formatErrorKind } from "@/components/runs/format";
import { formatPValue, formatScore } from "@/components/ui/format";

/** Pure text for the comparison page: answers, the verdict of the paired test, and its URLs. */

export const SIGNIFICANCE_LEVEL = 0.05;

export type TAnswerDisplay = { text: string; tone: "correct" | "wrong" | "invalid" | "error" };

export function describeAnswer(answer: TRunAnswer): TAnswerDisplay {
  if (answer.errorKind !== null) return { text: `Error: ${formatErrorKind(answer.errorKind)}`, tone: "error" };
  if (answer.valid === false) return { text: answer.rawText?.trim() || "(empty answer)", tone: "invalid" };
  return { text: answer.label ?? answer.rawText ?? "", tone: answer.correct ? "correct" : "wrong" };
}

/** Accuracy of each run on the shared samples only, so both are measured on the same questions. */
export function computeSharedAccuracy(agreement: TAgreement): { a: number | null; b: number | null } {
  if (agreement.shared === 0) return { a: null, b: null };
  return {
    a: (agreement.bothRight + agreement.onlyA) / agreement.shared,
    b: (agreement.bothRight + agreement.onlyB) / agreement.shared,
  };
}

/** One sentence a reader can act on: who is better, and whether the data can tell. */
export function describeVerdict(agreement: TAgreement, names: { a: string; b: string }): string {
  if (agreement.shared === 0) return "The runs have no answered sample in common yet.";
  const discordant = agreement.onlyA + agreement.onlyB;
  const p = formatPValue(agreement.pValue);
  if (discordant === 0) return `The runs are right and wrong on exactly the same samples: no difference (${p}).`;
  const accuracy = computeSharedAccuracy(agreement);
  const [better, worse] = agreement.onlyA > agreement.onlyB ? [names.a, names.b] : [names.b, names.a];
  const gap = `${(Math.abs((accuracy.a ?? 0) - (accuracy.b ?? 0)) * 100).toFixed(1)} percentage points`;
  if (agreement.onlyA === agreement.onlyB) return `Each run wins as many samples as the other: no difference (${p}).`;
  return agreement.pValue < SIGNIFICANCE_LEVEL
    ? `${better} is significantly more accurate than ${worse}: ${gap} on the shared samples (${p}).`
    : `${better} is ahead of ${worse} by ${gap}, but the difference is not significant (${p}).`;
}

export type TCompareHref = { a: string; b: string; judge?: string; side?: TCompareSide; cursor?: number | string };

export function buildCompareHref(query: TCompareHref): string {
  const params = new URLSearchParams({ a: query.a, b: query.b });
  if (query.judge) params.set("judge", query.judge);
  if (query.side && query.side !== "discordant") params.set("side", query.side);
  if (query.cursor !== undefined) params.set("cursor", String(query.cursor));
  return `/compare?${params.toString()}`;
}

/** One sentence for two sets of judge scores: who scores higher, by how much, and whether the data can tell. */
export function describeScoreVerdict(scores: TScoreComparison, names: { a: string; b: string }): string {
  if (scores.pairs === 0) return "No sample has a judge score on both sides yet.";
  const p = formatPValue(scores.pValue);
  const gap = scores.difference.estimate ?? 0;
  if (scores.aBetter === 0 && scores.bBetter === 0) {
    return `The judge gave both the same score on every scored sample: no difference (${p}).`;
  }
  if (gap === 0) return `Both have the same mean score on the shared samples (${p}).`;
  const [better, worse] = gap > 0 ? [names.a, names.b] : [names.b, names.a];
  const points = `${formatScore(Math.abs(gap), 2)} points`;
  return scores.pValue < SIGNIFICANCE_LEVEL
    ? `Significantly higher scores for ${better} than for ${worse}: ${points} on average on the shared samples (${p}).`
    : `Higher scores for ${better} than for ${worse} by ${points} on average, but the difference is not significant (${p}).`;
}

/** A 95% interval as "[low, high]", signed so a reader sees whether it excludes 0. */
export function formatSignedInterval(low: number | null, high: number | null): string {
  if (low === null || high === null) return "no interval";
  const signed = (value: number) => `${value > 0 ? "+" : ""}${value.toFixed(2)}`;
  return `[${signed(low)}, ${signed(high)}]`;
}
