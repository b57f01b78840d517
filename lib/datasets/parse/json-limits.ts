import { DatasetInputError, type TDatasetErrorLocation } from "../errors";

/**
 * Bounds for one JSON value, checked before or while it is assembled. Without them a 65 KB gzip of `[[[[…` grew the
 * parser's and the assembler's stacks to gigabytes, and a row nested a few thousand levels deep overflowed the
 * stack in JSON.stringify (a 500). Real samples nest a handful of levels and are far below either bound.
 */
export const MAX_JSON_DEPTH = 64;
/**
 * One JSONL line, or one element of a JSON array: the same bound, so neither format is a way around the other.
 * Assembling a value costs far more than its text: 8 MB of `1,1,1…` took 3.4 s and 160 MB in stream-json. 4 MB is
 * still far beyond any one sample (a model's whole context is well under 1 MB of text).
 */
export const MAX_JSON_VALUE_CHARS = 4 * 1024 * 1024;

/**
 * Whether `text` (one JSON value) opens more than `maxDepth` objects or arrays at once. A linear scan that skips
 * strings, so it is safe to run before JSON.parse, whose recursion is what the bound protects.
 */
export function exceedsJsonDepth(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1;
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return false;
}

export function tooDeep(fileName: string, at: TDatasetErrorLocation): DatasetInputError {
  return new DatasetInputError({
    code: "too_deep",
    file: fileName,
    ...at,
    problem: `nested deeper than ${MAX_JSON_DEPTH} levels; flatten the row (objects and arrays inside objects)`,
    details: { maxDepth: MAX_JSON_DEPTH },
  });
}

export function valueTooLarge(fileName: string, at: TDatasetErrorLocation, what: string): DatasetInputError {
  return new DatasetInputError({
    code: "value_too_large",
    file: fileName,
    ...at,
    problem: `${what} is longer than ${MAX_JSON_VALUE_CHARS / 1024 / 1024} MB, more than one sample can hold`,
    details: { maxChars: MAX_JSON_VALUE_CHARS },
  });
}
