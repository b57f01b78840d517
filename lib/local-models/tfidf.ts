import { countTokens, tokenize } from "./tokenize";

/** A sparse vector: parallel arrays of feature ids and values. */
export type TSparse = { ids: number[]; values: number[] };

export type TTfidf = { vocabulary: Map<string, number>; idf: number[] };

/** Vocabulary and smoothed idf (ln((1 + n) / (1 + df)) + 1, as scikit-learn) over the training texts. */
export function fitTfidf(texts: readonly string[]): TTfidf {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  for (const text of texts) {
    for (const token of new Set(tokenize(text))) {
      let id = vocabulary.get(token);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(token, id);
        df.push(0);
      }
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const n = texts.length;
  return { vocabulary, idf: df.map((count) => Math.log((1 + n) / (1 + count)) + 1) };
}

/** Term count × idf, L2-normalised; tokens outside the vocabulary are dropped. */
export function transformTfidf(model: TTfidf, text: string): TSparse {
  const ids: number[] = [];
  const values: number[] = [];
  for (const [token, count] of countTokens(tokenize(text))) {
    const id = model.vocabulary.get(token);
    if (id === undefined) continue;
    ids.push(id);
    values.push(count * (model.idf[id] ?? 0));
  }
  const norm = Math.hypot(...values);
  return { ids, values: norm === 0 ? values : values.map((value) => value / norm) };
}
