/** Longest reply read as JSON: a `{"label": ...}` object is short; anything longer is an invalid answer, kept raw. */
const MAX_JSON_CHARS = 10_000;

export type TJsonAnswer = { label: string | null; valid: boolean };

/**
 * Reads the label out of a JSON-schema reply. Valid only when the reply is a JSON object whose `label` is a string
 * equal to one label exactly (structured outputs promise the enum; an endpoint that ignored the schema did not).
 * Surrounding whitespace and a ```json fence are tolerated; malformed JSON or a label off the set is invalid.
 */
export function parseJsonAnswer(raw: string, labels: readonly string[]): TJsonAnswer {
  const invalid = { label: null, valid: false };
  if (raw.length > MAX_JSON_CHARS) return invalid;
  const text = raw
    .trim()
    .replace(/^```(?:json)?\s*/u, "")
    .replace(/\s*```$/u, "");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return invalid;
  const label = (value as Record<string, unknown>).label;
  if (typeof label !== "string" || !labels.includes(label)) return invalid;
  return { label, valid: true };
}
