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

/**
 * A token Postgres' jsonb can hold: at most 64 characters, without NUL (jsonb refuses `\u0000`) and without lone
 * surrogates (refused too; a cut through an emoji makes one, and byte-level tokens can arrive as one). A refused
 * token would fail the whole batched insert of the response cache, and every answer in it would be paid for again.
 */
function toStorableToken(token: string): string {
  const cut = token.length > MAX_TOKEN_CHARS ? token.slice(0, MAX_TOKEN_CHARS) : token;
  return cut.replaceAll("\u0000", "").toWellFormed();
}

function readTop(value: unknown): { token: string; logprob: number } | null {
  if (typeof value !== "object" || value === null) return null;
  const { token, logprob } = value as { token?: unknown; logprob?: unknown };
  if (typeof token !== "string" || !isLogprob(logprob)) return null;
  return { token: toStorableToken(token), logprob };
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
  for (let index = 0; index < Math.min(content.length, MAX_TOKENS); index += 1) {
    const item: unknown = content[index];
    const parsed = readTop(item);
    if (!parsed) return null;
    const rawTop = (item as { top_logprobs?: unknown }).top_logprobs;
    const top: { token: string; logprob: number }[] = [];
    if (Array.isArray(rawTop)) {
      for (let at = 0; at < Math.min(rawTop.length, MAX_TOP); at += 1) {
        const alternative = readTop(rawTop[at]);
        if (alternative) top.push(alternative);
      }
    }
    tokens.push({ token: parsed.token, logprob: parsed.logprob, top });
  }
  return tokens;
}

// The stored form (the response cache's jsonb column) is compact: `[token, logprob]` per token, with a third item
// `[[token, logprob], ...]` when it has alternatives. An object per token cost three key names each and made every
// cached JSON-mode answer about four times larger for Postgres to parse and write. -Infinity (null in JSON) is
// clamped to -9999.
const clamp = (logprob: number) => (logprob < -9999 ? -9999 : logprob);

/** The JSON text stored for a reply's log-probabilities (response cache), or null without them. */
export function stringifyStoredLogprobs(tokens: readonly TTokenLogprob[] | null | undefined): string | null {
  if (!tokens) return null;
  return JSON.stringify(
    tokens.map((item) =>
      item.top.length === 0
        ? [item.token, clamp(item.logprob)]
        : [item.token, clamp(item.logprob), item.top.map((alt) => [alt.token, clamp(alt.logprob)])],
    ),
  );
}

// A compact `[token, logprob]` pair as the API's `{ token, logprob }`; anything else is left for readTokenLogprobs to
// refuse.
const fromPair = (pair: unknown): unknown => (Array.isArray(pair) ? { token: pair[0], logprob: pair[1] } : pair);

function fromStoredToken(item: unknown): unknown {
  if (Array.isArray(item)) {
    const top: unknown = item[2];
    return { token: item[0], logprob: item[1], top_logprobs: Array.isArray(top) ? top.map(fromPair) : [] };
  }
  return typeof item === "object" && item !== null ? { ...item, top_logprobs: (item as { top?: unknown }).top } : item;
}

/** Reads stored log-probabilities back: the compact form, or the object per token that rows stored before it use. */
export function readStoredLogprobs(value: unknown): TTokenLogprob[] | null {
  if (!Array.isArray(value)) return null;
  return readTokenLogprobs({ content: value.map(fromStoredToken) });
}
