import { z } from "zod";

/** One generated token, its log-probability and the most likely alternatives at that position. */
export type TTokenLogprob = { token: string; logprob: number; top: { token: string; logprob: number }[] };

// Bounds on what a reply's log-probabilities may cost to keep: a label is a few tokens, so the first 64 tokens with
// 20 alternatives each hold every label answer; longer replies are not label answers anyway.
const MAX_TOKENS = 64;
const MAX_TOP = 20;
const MAX_TOKEN_CHARS = 64;

const ZLogprob = z.number().refine((value) => Number.isFinite(value) || value === -Infinity);
const ZTokenText = z.string().transform((token) => token.slice(0, MAX_TOKEN_CHARS));
const ZTop = z.object({ token: ZTokenText, logprob: ZLogprob });

/**
 * Reads OpenAI's `choices[0].logprobs` (`{ content: [{ token, logprob, top_logprobs }] }`) without trusting it:
 * null when absent or malformed, otherwise at most 64 tokens with at most 20 alternatives each.
 */
export function readTokenLogprobs(value: unknown): TTokenLogprob[] | null {
  if (typeof value !== "object" || value === null) return null;
  const content = (value as { content?: unknown }).content;
  if (!Array.isArray(content) || content.length === 0) return null;
  const tokens: TTokenLogprob[] = [];
  for (const item of content.slice(0, MAX_TOKENS)) {
    const parsed = ZTop.safeParse(item);
    if (!parsed.success) return null;
    const rawTop = (item as { top_logprobs?: unknown }).top_logprobs;
    const top = Array.isArray(rawTop)
      ? rawTop.slice(0, MAX_TOP).flatMap((alt) => {
          const alternative = ZTop.safeParse(alt);
          return alternative.success ? [alternative.data] : [];
        })
      : [];
    tokens.push({ ...parsed.data, top });
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
