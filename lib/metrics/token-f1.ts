/**
 * Token F1 against a reference answer, as the SQuAD v1.1 evaluation script computes it: both texts are normalised
 * (lower-cased, punctuation removed, the articles "a", "an", "the" removed, whitespace collapsed), split on whitespace,
 * and compared as bags of tokens. A lexical overlap score in [0, 1]: it says how many words an answer shares with the
 * reference, not whether the answer is right.
 */

// Unicode punctuation and symbols: SQuAD strips Python's string.punctuation; \p{P}\p{S} also covers “smart” quotes.
const PUNCTUATION = /[\p{P}\p{S}]/gu;
// Python 3's \b is Unicode-aware: "ça" keeps its "a". JavaScript's \b is ASCII-only, so the boundaries are spelled out.
const ARTICLES = /(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu;

export function normaliseAnswer(text: string): string {
  return text.toLowerCase().replace(PUNCTUATION, "").replace(ARTICLES, " ").split(/\s+/u).filter(Boolean).join(" ");
}

export function tokeniseAnswer(text: string): string[] {
  const normalised = normaliseAnswer(text);
  return normalised === "" ? [] : normalised.split(" ");
}

/**
 * Harmonic mean of token precision and recall, with each shared token counted as often as it occurs in both texts.
 * When either side has no tokens, SQuAD's rule applies: 1 if both are empty, else 0.
 */
export function computeTokenF1(prediction: string, reference: string): number {
  const predicted = tokeniseAnswer(prediction);
  const expected = tokeniseAnswer(reference);
  if (predicted.length === 0 || expected.length === 0) return predicted.length === expected.length ? 1 : 0;
  const remaining = new Map<string, number>();
  for (const token of expected) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of predicted) {
    const left = remaining.get(token) ?? 0;
    if (left === 0) continue;
    shared++;
    remaining.set(token, left - 1);
  }
  if (shared === 0) return 0;
  const precision = shared / predicted.length;
  const recall = shared / expected.length;
  return (2 * precision * recall) / (precision + recall);
}
