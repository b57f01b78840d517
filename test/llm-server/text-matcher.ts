// Finds which known input text appears verbatim inside a prompt, fast enough for thousands of requests per second
// against thousands of known inputs.
//
// Each input is indexed by a rolling hash of its first WINDOW characters. A prompt is scanned from its end towards
// its start, updating the hash in O(1) per position, and the first position whose window hash is in the index and
// whose text really starts with that input wins. Scanning backwards returns the LAST known input in the prompt,
// which is the evaluated one when a k-shot prompt lists training examples before it, and it usually stops after
// reading only the input itself and the instructions that follow it.

const WINDOW = 32;
const BASE = 0x01000193;
const BASE_POW_LAST = powMod32(BASE, WINDOW - 1);

export type TTextMatcher = {
  /** The known input (normalised) that starts last in the prompt, or undefined. */
  find(prompt: string): string | undefined;
  readonly size: number;
};

/** CRLF and CR become LF and surrounding whitespace goes: templates commonly trim, and uploads may change line ends. */
export function normaliseText(text: string): string {
  const unified = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  return unified.trim();
}

export function createTextMatcher(inputs: Iterable<string>): TTextMatcher {
  const buckets = new Map<number, string[]>();
  const shortInputs: string[] = [];
  const seen = new Set<string>();
  for (const raw of inputs) {
    const input = normaliseText(raw);
    if (input.length === 0 || seen.has(input)) continue;
    seen.add(input);
    if (input.length < WINDOW) {
      shortInputs.push(input);
      continue;
    }
    const key = hashWindow(input, 0);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(input);
    else buckets.set(key, [input]);
  }

  let cachedPrompt: string | undefined;
  let cachedResult: string | undefined;

  function find(prompt: string): string | undefined {
    // The server's key function and the handler usually look up the same prompt back to back.
    if (prompt === cachedPrompt) return cachedResult;
    const text = prompt.includes("\r") ? prompt.replace(/\r\n?/g, "\n") : prompt;
    const long = findLastLong(text, buckets);
    const short = shortInputs.length > 0 ? findLastShort(text, shortInputs) : undefined;
    const result = pickLater(long, short);
    cachedPrompt = prompt;
    cachedResult = result?.input;
    return cachedResult;
  }

  return { find, size: seen.size };
}

type TMatch = { input: string; at: number };

function findLastLong(text: string, buckets: Map<number, string[]>): TMatch | undefined {
  if (buckets.size === 0 || text.length < WINDOW) return undefined;
  let at = text.length - WINDOW;
  let hash = hashWindow(text, at);
  for (;;) {
    const bucket = buckets.get(hash);
    if (bucket) {
      const input = longestStartingAt(text, at, bucket);
      if (input !== undefined) return { input, at };
    }
    if (at === 0) return undefined;
    at--;
    const dropped = Math.imul(text.charCodeAt(at + WINDOW), BASE_POW_LAST);
    hash = (text.charCodeAt(at) + Math.imul(BASE, (hash - dropped) | 0)) | 0;
  }
}

function longestStartingAt(text: string, at: number, candidates: string[]): string | undefined {
  let best: string | undefined;
  for (const candidate of candidates) {
    if ((best === undefined || candidate.length > best.length) && text.startsWith(candidate, at)) best = candidate;
  }
  return best;
}

function findLastShort(text: string, inputs: string[]): TMatch | undefined {
  let best: TMatch | undefined;
  for (const input of inputs) {
    const at = text.lastIndexOf(input);
    if (at >= 0 && (best === undefined || at > best.at)) best = { input, at };
  }
  return best;
}

/** The later match wins, except a short input found inside the long match: that is part of it, not a sample. */
function pickLater(long: TMatch | undefined, short: TMatch | undefined): TMatch | undefined {
  if (!long) return short;
  if (!short) return long;
  if (short.at + short.input.length <= long.at + long.input.length && short.at >= long.at) return long;
  return short.at > long.at ? short : long;
}

/** Sum of text[at + j] * BASE^j over the window, modulo 2^32 (Horner's rule from the window's end). */
function hashWindow(text: string, at: number): number {
  let hash = 0;
  for (let j = WINDOW - 1; j >= 0; j--) hash = (Math.imul(hash, BASE) + text.charCodeAt(at + j)) | 0;
  return hash;
}

function powMod32(base: number, exponent: number): number {
  let result = 1;
  for (let i = 0; i < exponent; i++) result = Math.imul(result, base);
  return result;
}
