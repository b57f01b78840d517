export type TParsedClassAnswer = {
  /** The matching label as spelled in the label set; null when invalid. */
  label: string | null;
  valid: boolean;
  /** The normalised answer text, used to group invalid answers ("the model said `cardiology` 41 times"). */
  normalized: string;
};

// Pairs that may wrap the whole answer; longest first so `**x**` is not read as `*` + `*x*` + `*`.
const WRAPPERS: readonly (readonly [string, string])[] = [
  ["```", "```"],
  ["***", "***"],
  ["**", "**"],
  ["__", "__"],
  ["*", "*"],
  ["_", "_"],
  ["`", "`"],
  ['"', '"'],
  ["'", "'"],
  ["\u201c", "\u201d"],
  ["\u2018", "\u2019"],
  ["\u201e", "\u201c"],
  ["\u00ab", "\u00bb"],
];

// `Answer:`, `**Label:**`, `Final answer:`; the markdown may sit on either side of the colon.
const PREFIX =
  /^[*_]{0,3}\s*(?:final\s+)?(?:answer|label|category|class|classification|prediction)\s*[*_]{0,3}\s*:\s*[*_]{0,3}\s*/u;
const TRAILING_PUNCTUATION = /[.,;:!?\u3002]+$/u;

function stripWrapper(text: string): string {
  for (const [open, close] of WRAPPERS) {
    if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
      return text.slice(open.length, text.length - close.length);
    }
  }
  return text;
}

/**
 * Normalises a model answer or a label: Unicode NFKC, case-fold (upper then lower, so "ß" matches "SS"), collapse
 * whitespace, then repeatedly trim and strip trailing punctuation, one pair of surrounding quotes/backticks/markdown
 * emphasis, and a leading `Answer:`/`Label:`/`Category:`/`Class:`-style prefix until nothing changes.
 */
export function normalizeAnswer(text: string): string {
  let current = text.normalize("NFKC").toUpperCase().toLowerCase().replace(/\s+/gu, " ");
  for (;;) {
    const next = stripWrapper(current.trim().replace(TRAILING_PUNCTUATION, "").trim()).replace(PREFIX, "");
    if (next === current) return current;
    current = next;
  }
}

/**
 * Builds a parser for one label set (labels normalised once). An answer is valid when its normalised text equals
 * the normalised form of exactly one label. This is deliberately strict: a sentence that contains a label ("The
 * answer is neoplasms.") is invalid because it is not exactly a label, and so is a label followed by more lines of
 * explanation. If two labels normalise to the same text (e.g. "Cardio" and "cardio"), answering it is ambiguous
 * and therefore invalid.
 */
export function createClassAnswerParser(labels: readonly string[]): (raw: string) => TParsedClassAnswer {
  const byNormalized = new Map<string, string[]>();
  for (const label of labels) {
    const key = normalizeAnswer(label);
    byNormalized.set(key, [...(byNormalized.get(key) ?? []), label]);
  }
  return (raw) => {
    const normalized = normalizeAnswer(raw);
    const matches = normalized === "" ? undefined : byNormalized.get(normalized);
    if (matches?.length !== 1) return { label: null, valid: false, normalized };
    return { label: matches[0] as string, valid: true, normalized };
  };
}

/** Parses one answer against a label set; see `createClassAnswerParser` for the rules. */
export function parseClassAnswer(raw: string, labels: readonly string[]): TParsedClassAnswer {
  return createClassAnswerParser(labels)(raw);
}
