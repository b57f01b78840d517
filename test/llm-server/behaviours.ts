// Composable handlers for the test LLM server. Wrappers keep the inner handler's `models` and `keyOf`.
import { readFirstLine, readLastUserText } from "./chat-text";
import { hashToUnit } from "./hash";
import { badRequest, rateLimited, serverError } from "./replies";
import { createTextMatcher, normaliseText } from "./text-matcher";
import type { TChatRequest, THandler, THandlerFn, TReply } from "./types";

function inheritMeta(wrapper: THandlerFn, inner: THandler): THandler {
  const handler: THandler = wrapper;
  if (inner.models) handler.models = inner.models;
  if (inner.keyOf) handler.keyOf = inner.keyOf;
  return handler;
}

function toReply(reply: TReply | string): TReply {
  return typeof reply === "string" ? { content: reply } : reply;
}

/** Always the same answer. */
export function fixed(content: string): THandler {
  return () => ({ content });
}

/** One reply per call to this handler, in order; after the last one, the last repeats (or all loop). */
export function sequence(replies: readonly (TReply | string)[], options: { loop?: boolean } = {}): THandler {
  if (replies.length === 0) throw new Error("sequence() needs at least one reply");
  let next = 0;
  return () => {
    const index = options.loop ? next % replies.length : Math.min(next, replies.length - 1);
    next++;
    return toReply(replies[index] as TReply | string);
  };
}

export type TTableOptions = {
  /** Reply when no known input is in the last user message; default a 400 `no_table_match`. */
  fallback?: (req: TChatRequest) => TReply;
};

/**
 * Answers with the table's value for the known input text found verbatim in the last user message (the last one
 * found, so k-shot examples before it are ignored). The request key becomes that input, so `calls.countFor(input)`
 * counts calls per sample.
 */
export function answerFromTable(table: ReadonlyMap<string, string>, options: TTableOptions = {}): THandler {
  const matcher = createTextMatcher(table.keys());
  const answers = new Map<string, string>();
  for (const [input, answer] of table) answers.set(normaliseText(input), answer);
  const fallback =
    options.fallback ?? (() => badRequest("No known input text in the last user message.", "no_table_match"));
  const handler: THandler = (req) => {
    const input = matcher.find(readLastUserText(req));
    const answer = input === undefined ? undefined : answers.get(input);
    return answer === undefined ? fallback(req) : { content: answer };
  };
  handler.keyOf = (req) => {
    const text = readLastUserText(req);
    return matcher.find(text) ?? text;
  };
  return handler;
}

export type TFailureOptions = {
  /** Share of attempts answered 429 (0..1). */
  rate429?: number;
  retryAfterSeconds?: number;
  /** Share of attempts answered 500 (0..1). */
  rate500?: number;
  seed?: number;
};

/**
 * Fails a deterministic share of attempts. The draw hashes the request key with the attempt number, so the same
 * attempt always fails the same way on every run, and a retry gets a fresh draw and can succeed.
 */
export function withFailures(inner: THandler, options: TFailureOptions): THandler {
  const rate429 = options.rate429 ?? 0;
  const rate500 = options.rate500 ?? 0;
  const seed = options.seed ?? 0;
  return inheritMeta((req, ctx) => {
    const draw = hashToUnit(`${ctx.key}\u0000${ctx.callsForKey}`, seed);
    if (draw < rate429) return rateLimited(options.retryAfterSeconds ?? 1);
    if (draw < rate429 + rate500) return serverError();
    return inner(req, ctx);
  }, inner);
}

/** Adds `ms` of latency to every reply of the inner handler (hangs stay hangs). */
export function withLatency(inner: THandler, ms: number): THandler {
  return inheritMeta(async (req, ctx) => {
    const reply = await inner(req, ctx);
    if ("hang" in reply) return reply;
    return { ...reply, delayMs: (reply.delayMs ?? 0) + ms };
  }, inner);
}

/** Replies with the first line of the last user message. */
export function echoFirstLine(): THandler {
  return (req) => ({ content: readFirstLine(readLastUserText(req)) });
}
