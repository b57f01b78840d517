import { countTokens, tokenize } from "./tokenize";

export const UNKNOWN_ANSWER = "Unknown";

// Endings of disease and procedure names: enough to tell "Carcinoma" from "The" at the start of a sentence.
const MEDICAL_ENDING = /(itis|oma|omas|osis|emia|aemia|pathy|ectomy|algia|plasia|uria|cardia|trophy|ism|iasis)$/;

/** A word that occurs in several label names ("diseases" in four of five) says nothing about which one is meant. */
function findLabelWords(labels: readonly string[]): Map<string, string[]> {
  const words = labels.map((label) => new Set(tokenize(label).map(stem)));
  const seen = countTokens(words.flatMap((set) => [...set]));
  return new Map(labels.map((label, index) => [label, [...words[index]!].filter((word) => seen.get(word) === 1)]));
}

// Words are compared by their first letters, so "neoplastic" counts for "neoplasms" and "cardiac" for
// "cardiovascular": a crude stemmer, but this model is meant to be the weak baseline.
const STEM_LENGTH = 5;

function stem(word: string): string {
  return word.slice(0, STEM_LENGTH);
}

/**
 * A zero-shot baseline that knows only the label names: the label whose distinctive name words occur most often in
 * the text (ties go to the first label in order). When none occurs it does what a weak model does and answers with
 * something outside the label set: the text's most frequent capitalised disease-like word, or "Unknown".
 */
export function predictKeywordZeroShot(labels: readonly string[], text: string): string {
  const counts = countTokens(tokenize(text).map(stem));
  let best: { label: string; hits: number } | null = null;
  for (const [label, words] of findLabelWords(labels)) {
    const hits = words.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0);
    if (hits > 0 && (best === null || hits > best.hits)) best = { label, hits };
  }
  return best?.label ?? findMedicalWord(text) ?? UNKNOWN_ANSWER;
}

function findMedicalWord(text: string): string | null {
  const candidates = (text.match(/\b[A-Z][a-z]{3,}\b/g) ?? []).filter((word) => MEDICAL_ENDING.test(word));
  let best: { word: string; count: number } | null = null;
  for (const [word, count] of countTokens(candidates)) if (best === null || count > best.count) best = { word, count };
  return best?.word ?? null;
}
