import type { TLabelledText } from "./naive-bayes";
import { countTokens, tokenize } from "./tokenize";

type TSparseVector = Map<string, number>;

export type TRetrievalIndex = {
  idf: Map<string, number>;
  entries: { vector: TSparseVector; answer: string }[];
};

/** TF-IDF vectors (smoothed idf, L2-normalised) of the training inputs, each remembering its reference answer. */
export function buildRetrievalIndex(rows: readonly TLabelledText[]): TRetrievalIndex {
  if (rows.length === 0) throw new Error("retrieval needs at least one training row");
  const termCounts = rows.map((row) => countTokens(tokenize(row.input)));
  const documentFrequency = countTokens(termCounts.flatMap((counts) => [...counts.keys()]));
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log((1 + rows.length) / (1 + df)) + 1);
  return {
    idf,
    entries: rows.map((row, index) => ({ vector: weigh(termCounts[index]!, idf), answer: row.expected })),
  };
}

/** The reference answer of the most similar training input (cosine similarity); the first one on a tie. */
export function answerByRetrieval(index: TRetrievalIndex, question: string): string {
  const query = weigh(countTokens(tokenize(question)), index.idf);
  let best = index.entries[0]!;
  let bestScore = -1;
  for (const entry of index.entries) {
    const score = dot(query, entry.vector);
    if (score > bestScore) [best, bestScore] = [entry, score];
  }
  return best.answer;
}

function weigh(counts: Map<string, number>, idf: Map<string, number>): TSparseVector {
  const vector: TSparseVector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = count * (idf.get(term) ?? 0);
    if (weight === 0) continue;
    vector.set(term, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

function dot(small: TSparseVector, large: TSparseVector): number {
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}
