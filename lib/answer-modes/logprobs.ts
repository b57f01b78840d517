/** One generated token, its log-probability and the most likely alternatives at that position. */
export type TTokenLogprob = { token: string; logprob: number; top: { token: string; logprob: number }[] };

// Bounds on what a reply's log-probabilities may cost to keep: a label is a few tokens, so the first 64 tokens with
// 20 alternatives each hold every label answer; longer replies are not label answers anyway.
const MAX_TOKENS = 64;
const MAX_TOP = 20;
const MAX_TOKEN_CHARS = 64;

// Checked by hand rather than with zod: a reply carries up to 64 × 21 of these, and this runs for every answer of a
// run that asked for log-probabilities.
const isLogprob = (value: unknown): value is number =>
  typeof value === "number" && (Number.isFinite(value) || value === -Infinity);

function readTop(value: unknown): { token: string; logprob: number } | null {
  if (typeof value !== "object" || value === null) return null;
  const { token, logprob } = value as { token?: unknown; logprob?: unknown };
  if (typeof token !== "string" || !isLogprob(logprob)) return null;
  return { token: token.length > MAX_TOKEN_CHARS ? token.slice(0, MAX_TOKEN_CHARS) : token, logprob };
}

/**
 * Reads OpenAI's `choices[0].logprobs` (`{ content: [{ token, logprob, top_logprobs }] }`) without trusting it:
 * null when absent or malformed, otherwise at most 64 tokens with at most 20 alternatives each (malformed
 * alternatives are dropped).
 */
export function readTokenLogprobs(value: unknown): TTokenLogprob[] | null {
  if (typeof value !== "object" || value === null) return null;
  const content = (value as { content?: unknown }).content;
  if (!Array.isArray(content) || content.length === 0) return null;
  const tokens: TTokenLogprob[] = [];
  for (const item of content.slice(0, MAX_TOKENS)) {
    const parsed = readTop(item);
    if (!parsed) return null;
    const rawTop = (item as { top_logprobs?: unknown }).top_logprobs;
    const top: { token: string; logprob: number }[] = [];
    if (Array.isArray(rawTop)) {
      for (const alt of rawTop.slice(0, MAX_TOP)) {
        const alternative = readTop(alt);
        if (alternative) top.push(alternative);
      }
    }
    tokens.push({ token: parsed.token, logprob: parsed.logprob, top });
  }
  return tokens;
}

/** The stored form (response cache): log-probabilities of -Infinity become null in JSON, so they are clamped. */
export function toStoredLogprobs(tokens: TTokenLogprob[] | null): TTokenLogprob[] | null {
  if (!tokens) return null;
  const clamp = (logprob: number) => Math.max(logprob, -9999);
  return tokens.map((item) => ({
    token: item.token,
    logprob: clamp(item.logprob),
    top: item.top.map((alt) => ({ token: alt.token, logprob: clamp(alt.logprob) })),
  }));
}

/** Reads stored log-probabilities back (the response cache's JSON column). */
export function readStoredLogprobs(value: unknown): TTokenLogprob[] | null {
  if (!Array.isArray(value)) return null;
  return readTokenLogprobs({
    content: value.map((item: unknown) =>
      typeof item === "object" && item !== null ? { ...item, top_logprobs: (item as { top?: unknown }).top } : item,
    ),
  });
}
