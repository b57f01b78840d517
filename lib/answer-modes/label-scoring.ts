import type { TTokenLogprob } from "./logprobs";

/** How LOGPROBS runs read their answer; shown on the run page. */
export const LABEL_SCORING_SUMMARY =
  "label scoring: first-token probabilities, shared first tokens resolved by the next tokens or one scoring call per label";
export const LABEL_SCORING_METHOD =
  "first-token probabilities from top_logprobs, summed per label; labels sharing a first token are resolved by the following generated tokens, or, when the reply did not go down their path, by one scoring call per label (split evenly when the endpoint cannot take those calls)";

/** A probability mass shared by labels the reply never told apart (split evenly among them in `mass`). */
export type TUnresolvedGroup = { labels: string[]; mass: number };

export type TLabelScores = {
  /** The most probable label; null when no alternative in the reply starts any label. */
  label: string | null;
  /** Its share of the probability mass that went to labels (normalised over the label set). */
  confidence: number | null;
  /** Probability mass per label (unnormalised; labels never reached are absent). */
  mass: Map<string, number>;
  /** Some mass was shared by labels the reply never told apart (split evenly among them). */
  unresolved: boolean;
  /** Those shares, one per shared prefix the reply did not follow. */
  groups: TUnresolvedGroup[];
  /** Labels sharing the generated first token were told apart by the following generated tokens. */
  followed: boolean;
};

// Leading spaces are the tokeniser's word boundary, not part of the answer; case does not change the label.
const normalise = (text: string) => text.toLowerCase().replace(/^\s+/u, "");

/**
 * Label scoring from one reply's log-probabilities. At the first token every alternative in top_logprobs that
 * starts a label gives that label its probability (alternatives starting the same label add up: " Neo" and "Neo").
 * An alternative shared by several labels (a shared first token) is followed down the generated tokens, where the
 * next position's alternatives split its mass further; shared mass the reply never resolved is split evenly.
 */
export function scoreLabels(tokens: readonly TTokenLogprob[], labels: readonly string[]): TLabelScores {
  const targets = labels.map((label) => ({ label, key: normalise(label.trim()) }));
  const mass = new Map<string, number>();
  const groups: TUnresolvedGroup[] = [];
  let followed = false;
  const add = (label: string, value: number) => mass.set(label, (mass.get(label) ?? 0) + value);
  const split = (group: typeof targets, value: number) => {
    if (group.length > 1) groups.push({ labels: group.map((target) => target.label), mass: value });
    for (const target of group) add(target.label, value / group.length);
  };

  function walk(position: number, prefix: string, weight: number, group: typeof targets): void {
    const step = tokens[position];
    if (!step) {
      // The reply ended while labels still shared the prefix: the ones it spelled out completely take the mass.
      const complete = group.filter((target) => target.key === normalise(prefix));
      split(complete.length > 0 ? complete : group, weight);
      return;
    }
    const alternatives = step.top.some((alt) => alt.token === step.token)
      ? step.top
      : [{ token: step.token, logprob: step.logprob }, ...step.top];
    for (const alt of alternatives) {
      const text = normalise(prefix + alt.token);
      const reached = group.filter((target) => target.key.startsWith(text) || text.startsWith(target.key));
      if (reached.length === 0) continue;
      const value = weight * Math.exp(alt.logprob);
      if (reached.length === 1) add(reached[0]!.label, value);
      else if (alt.token === step.token && !reached.every((target) => text.startsWith(target.key))) {
        followed = true;
        walk(position + 1, prefix + alt.token, value, reached);
      } else split(reached, value);
    }
  }

  walk(0, "", 1, targets);
  return { ...pickBest(mass), mass, unresolved: groups.length > 0, groups, followed };
}

/** The label with the most mass and its share of all the mass that went to labels. */
export function pickBest(mass: ReadonlyMap<string, number>): { label: string | null; confidence: number | null } {
  let best: string | null = null;
  let total = 0;
  for (const [label, value] of mass) {
    total += value;
    if (best === null || value > (mass.get(best) ?? 0)) best = label;
  }
  return { label: best, confidence: best === null || total <= 0 ? null : (mass.get(best) ?? 0) / total };
}
