/** Candidates in tie-break order. */
export const DELIMITERS = [",", "\t", ";", "|"] as const;

export type TDelimiter = (typeof DELIMITERS)[number];

/**
 * Picks the delimiter that occurs most often in the header line outside double quotes (so `"a,b";c` is
 * semicolon-separated). A one-column file has none of them: it falls back to tab for TSV and comma otherwise.
 */
export function detectDelimiter(headerLine: string, preferTab: boolean): TDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < headerLine.length; i += 1) {
    const char = headerLine[i] ?? "";
    if (char === '"') {
      quoted = !quoted;
      continue;
    }
    if (!quoted && (DELIMITERS as readonly string[]).includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  if (preferTab && (counts.get("\t") ?? 0) > 0) return "\t";
  let best: TDelimiter = preferTab ? "\t" : ",";
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = counts.get(delimiter) ?? 0;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The header line: text up to the first line break outside double quotes (a quoted header may contain one), or
 * null when `text` holds no complete line yet.
 */
export function findHeaderLine(text: string): string | null {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) return text.slice(0, i);
  }
  return null;
}
