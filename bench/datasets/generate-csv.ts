import { createWriteStream, existsSync, renameSync, statSync } from "node:fs";
import { once } from "node:events";

export const BENCH_LABELS = [
  "general pathological conditions",
  "neoplasms",
  "cardiovascular diseases",
  "nervous system diseases",
  "digestive system diseases",
] as const;
/** Roughly the medical abstracts' class balance. */
const LABEL_WEIGHTS = [0.33, 0.22, 0.21, 0.13, 0.11];

/** Deterministic PRNG (mulberry32): the same file on every machine, so figures compare across runs. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function createVocabulary(random: () => number): string[] {
  const syllables = [
    "car",
    "dio",
    "neo",
    "plas",
    "gas",
    "tro",
    "en",
    "ter",
    "itis",
    "path",
    "ol",
    "ogy",
    "ven",
    "tri",
    "cul",
    "ar",
    "my",
    "el",
    "oma",
    "hep",
    "at",
    "ic",
    "ren",
    "al",
    "lym",
    "pho",
    "cyte",
    "derm",
    "sis",
    "ost",
  ];
  const words = [
    "the",
    "of",
    "and",
    "in",
    "patients",
    "with",
    "was",
    "were",
    "for",
    "to",
    "a",
    "study",
    "after",
    "treatment",
  ];
  while (words.length < 2_000) {
    const parts = 1 + Math.floor(random() * 3);
    let word = "";
    for (let i = 0; i < parts; i += 1) word += syllables[Math.floor(random() * syllables.length)];
    words.push(word);
  }
  return words;
}

function pickLabel(random: () => number): string {
  let r = random();
  for (let i = 0; i < LABEL_WEIGHTS.length; i += 1) {
    r -= LABEL_WEIGHTS[i] ?? 0;
    if (r <= 0) return BENCH_LABELS[i] ?? BENCH_LABELS[0];
  }
  return BENCH_LABELS[0];
}

/** 100–200 characters of word salad; one row in ten has a comma and one in fifty a quote, so fields get quoted. */
function makeText(random: () => number, words: readonly string[]): string {
  const target = 100 + Math.floor(random() * 101);
  let text = "";
  while (text.length < target) text += `${text ? " " : ""}${words[Math.floor(random() * words.length)]}`;
  const roll = random();
  if (roll < 0.02) return `"${text.replace(/ /, ' ""quoted"" ')}."`;
  if (roll < 0.1) return `"${text.replace(/ /, ", ")}."`;
  return `${text}.`;
}

/**
 * Writes a CSV of `rows` rows (text,label,id) to `path` unless a file of that name exists already; generation
 * takes a few seconds, so repeated bench runs reuse it.
 */
export async function ensureBenchCsv(
  path: string,
  rows: number,
  seed = 1,
): Promise<{ bytes: number; reused: boolean }> {
  if (existsSync(path)) return { bytes: statSync(path).size, reused: true };
  const random = createRandom(seed);
  const words = createVocabulary(random);
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  let batch = "text,label,id\n";
  for (let i = 0; i < rows; i += 1) {
    batch += `${makeText(random, words)},${pickLabel(random)},bench-${i}\n`;
    if (batch.length < 1 << 20) continue;
    if (!out.write(batch)) await once(out, "drain");
    batch = "";
  }
  out.end(batch);
  await once(out, "finish");
  renameSync(partial, path);
  return { bytes: statSync(path).size, reused: false };
}
