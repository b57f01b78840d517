export type TTextPart = { text: string; match: boolean };

/** Splits text into plain and matching parts (case-insensitive), for <mark>ing a search term. */
export function markMatches(text: string, term: string | undefined): TTextPart[] {
  if (!term) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  const parts: TTextPart[] = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1 && needle.length > 0; at = lower.indexOf(needle, from)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}

/**
 * At most `maxChars` of a long text: its start, or, when a search term first matches further on, a window around
 * that match, so a search result shows why it matched. Ellipses mark what was left out.
 */
export function excerpt(text: string, term: string | undefined, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const at = term ? text.toLowerCase().indexOf(term.toLowerCase()) : -1;
  if (term === undefined || at === -1 || at + term.length <= maxChars - 1)
    return `${text.slice(0, maxChars).trimEnd()}…`;
  let start = Math.max(0, Math.min(at - Math.floor(maxChars / 3), text.length - maxChars));
  // Start on a word: skip the rest of the word the window cuts into (if the match is not in it).
  const space = text.indexOf(" ", start);
  if (start > 0 && space !== -1 && space < at) start = space + 1;
  const end = Math.min(text.length, start + maxChars);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
