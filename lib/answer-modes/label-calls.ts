import type { TTokenLogprob } from "./logprobs";
import { pickBest, scoreLabels, type TLabelScores, type TUnresolvedGroup } from "./label-scoring";

/**
 * How a LOGPROBS answer was read (Output.labelScoring, counted on the run page):
 * - `first-token`: every label got its mass at the first token (no shared first token mattered);
 * - `following-tokens`: labels sharing the generated first token were told apart by the following generated tokens;
 * - `per-label-calls`: mass shared by labels the reply never told apart was divided by one scoring call per label;
 * - `split-evenly`: such mass was split evenly (the endpoint could not take scoring calls, or one failed).
 */
export const LABEL_SCORING_METHODS = ["first-token", "following-tokens", "per-label-calls", "split-evenly"] as const;
export type TLabelScoringMethod = (typeof LABEL_SCORING_METHODS)[number];

/** How the run page names them, after a count ("180 by first-token probabilities"). */
export const LABEL_SCORING_METHOD_NAMES: Record<TLabelScoringMethod, string> = {
  "first-token": "by first-token probabilities",
  "following-tokens": "by the following tokens",
  "per-label-calls": "by one scoring call per label",
  "split-evenly": "split evenly (no scoring calls)",
};

/**
 * The unresolved groups whose division could change the answer or its confidence: a group holding the best label
 * (its share moves the confidence), or one where a member given the whole group's mass would beat the best label.
 * Any other split leaves both the label and its share of the total unchanged, so it is not worth a call.
 */
export function findDecisiveGroups(scores: TLabelScores): TUnresolvedGroup[] {
  const best = scores.label;
  const bestMass = best === null ? 0 : (scores.mass.get(best) ?? 0);
  return scores.groups.filter((group) => {
    if (best !== null && group.labels.includes(best)) return true;
    const even = group.mass / group.labels.length;
    return group.labels.some((label) => (scores.mass.get(label) ?? 0) - even + group.mass > bestMass);
  });
}

/** The probability a scoring call gave its one forced label: the product of its generated tokens' probabilities. */
export function readForcedLabelProbability(tokens: readonly TTokenLogprob[] | null): number | null {
  if (!tokens || tokens.length === 0) return null;
  let logprob = 0;
  for (const token of tokens) logprob += token.logprob;
  return Math.exp(logprob);
}

/**
 * Divides each group's mass among its labels in proportion to the probabilities the scoring calls gave them (in
 * place of the even split), then picks the best label again. Returns null when a group member has no probability
 * (its call failed) or a group's probabilities are all zero: the even split stands.
 */
export function resolveWithLabelCalls(
  scores: TLabelScores,
  groups: readonly TUnresolvedGroup[],
  probabilities: ReadonlyMap<string, number | null>,
): { label: string | null; confidence: number | null; mass: Map<string, number> } | null {
  const mass = new Map(scores.mass);
  for (const group of groups) {
    const values = group.labels.map((label) => probabilities.get(label));
    if (values.some((value) => value === null || value === undefined)) return null;
    const total = (values as number[]).reduce((sum, value) => sum + value, 0);
    if (!(total > 0)) return null;
    for (const [index, label] of group.labels.entries()) {
      const share = group.mass * ((values[index] as number) / total);
      mass.set(label, (mass.get(label) ?? 0) - group.mass / group.labels.length + share);
    }
  }
  return { ...pickBest(mass), mass };
}

/** What one scoring call returned: the forced label's token log-probabilities (null when it failed). */
export type TScoringCall = { logprobs: TTokenLogprob[] | null };

export type TLabelAnswer = {
  label: string | null;
  valid: boolean;
  confidence: number | null;
  method: TLabelScoringMethod;
};

/**
 * A LOGPROBS answer: label scoring from the reply's top_logprobs (scoreLabels), and, when mass that could decide the
 * answer was shared by labels the reply never told apart, one scoring call per label of those groups (`scoreLabel`,
 * null when the endpoint cannot take them) to divide it.
 */
export async function scoreLabelAnswer(
  tokens: readonly TTokenLogprob[],
  labels: readonly string[],
  scoreLabel: ((label: string) => Promise<TScoringCall>) | null,
): Promise<TLabelAnswer> {
  const scores = scoreLabels(tokens, labels);
  const answer = (label: string | null, confidence: number | null, method: TLabelScoringMethod) => ({
    label,
    valid: label !== null,
    confidence,
    method,
  });
  const simple: TLabelScoringMethod = scores.followed ? "following-tokens" : "first-token";
  if (!scores.unresolved) return answer(scores.label, scores.confidence, simple);
  const groups = findDecisiveGroups(scores);
  // Undecisive shared mass does not change the answer whichever way it is divided.
  if (groups.length === 0) return answer(scores.label, scores.confidence, simple);
  if (!scoreLabel) return answer(scores.label, scores.confidence, "split-evenly");
  const wanted = [...new Set(groups.flatMap((group) => group.labels))];
  const calls = await Promise.all(wanted.map(async (label) => [label, await scoreLabel(label)] as const));
  const probabilities = new Map(calls.map(([label, call]) => [label, readForcedLabelProbability(call.logprobs)]));
  const resolved = resolveWithLabelCalls(scores, groups, probabilities);
  if (!resolved) return answer(scores.label, scores.confidence, "split-evenly");
  return answer(resolved.label, resolved.confidence, "per-label-calls");
}
