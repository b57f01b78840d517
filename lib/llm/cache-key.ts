import { createHash } from "node:crypto";
import type { TChatMessage } from "./types";

export type TCacheKeyInput = {
  baseUrl: string;
  model: string;
  temperature: number;
  maxTokens: number;
  seed?: number;
  /** The answer mode's extra body fields; absent for free text, so free-text keys are unchanged. */
  extra?: Record<string, unknown>;
  messages: readonly TChatMessage[];
};

// Bump when the meaning of a cached entry changes, so old rows are simply never hit again.
const KEY_VERSION = 1;

/**
 * sha256 (hex, 64 chars) of everything that decides the model's answer. The API key is deliberately absent: a
 * rotated key or a teammate's key asks the same question of the same model, and the answer is already paid for.
 */
export function buildCacheKey(input: TCacheKeyInput): string {
  // toCanonicalJson of the whole input, built by hand in sorted key order so that the answer mode's fields (a JSON
  // schema with every label, the same object for every call of a run) are sorted once, not on every call.
  const canonical = JSON.stringify({
    baseUrl: normaliseBaseUrl(input.baseUrl),
    ...(input.extra === undefined ? {} : { extra: sortOnce(input.extra) }),
    maxTokens: input.maxTokens,
    // Only role and content: extra properties a caller may carry on message objects do not reach the model.
    messages: sortKeys(input.messages.map((message) => ({ role: message.role, content: message.content }))),
    model: input.model,
    seed: input.seed ?? null,
    temperature: input.temperature,
    v: KEY_VERSION,
  });
  return createHash("sha256").update(canonical).digest("hex");
}

const sortedOnce = new WeakMap<object, unknown>();

function sortOnce(value: Record<string, unknown>): unknown {
  let sorted = sortedOnce.get(value);
  if (sorted === undefined) sortedOnce.set(value, (sorted = sortKeys(value)));
  return sorted;
}

/** `https://api.openai.com/v1/` and `https://API.openai.com/v1` are the same endpoint. */
export function normaliseBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, "");
  try {
    const url = new URL(trimmed);
    url.username = "";
    url.password = "";
    return url.toString().replace(/\/+$/, "");
  } catch {
    return trimmed;
  }
}

/** JSON with object keys sorted at every depth, so equal values always give equal text. */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, child]) => child !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, child]) => [key, sortKeys(child)]));
}
