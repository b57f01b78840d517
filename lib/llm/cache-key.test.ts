import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildLabelSchema } from "@/lib/answer-modes/modes";
import { buildCacheKey, toCanonicalJson, type TCacheKeyInput } from "./cache-key";

const base: TCacheKeyInput = {
  baseUrl: "https://api.openai.com/v1",
  model: "gpt-4o-mini",
  temperature: 0,
  maxTokens: 16,
  messages: [
    { role: "system", content: "Answer with one label." },
    { role: "user", content: "The patient has a fever." },
  ],
};

describe("buildCacheKey", () => {
  it("is a 64-character hex sha256, stable for equal input", () => {
    const key = buildCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(buildCacheKey(structuredClone(base))).toBe(key);
  });

  it("changes with everything that decides the answer", () => {
    const key = buildCacheKey(base);
    const variants: TCacheKeyInput[] = [
      { ...base, model: "gpt-4o" },
      { ...base, baseUrl: "http://127.0.0.1:8000/v1" },
      { ...base, temperature: 0.7 },
      { ...base, maxTokens: 17 },
      { ...base, seed: 1 },
      { ...base, messages: [base.messages[0]!, { role: "user", content: "The patient has a cough." }] },
      { ...base, messages: [{ role: "user", content: "Answer with one label." }, base.messages[1]!] },
      { ...base, messages: [...base.messages].reverse() },
    ];
    const keys = variants.map(buildCacheKey);
    expect(new Set([key, ...keys]).size).toBe(variants.length + 1);
  });

  it("does not depend on the API key or other endpoint settings", () => {
    const endpointA = { ...base, apiKey: "sk-alice-123456", timeoutMs: 1_000, headers: { "x-team": "a" } };
    const endpointB = { ...base, apiKey: "sk-bob-654321", timeoutMs: 9_000, headers: null };
    expect(buildCacheKey(endpointA)).toBe(buildCacheKey(endpointB));
  });

  it("treats spellings of the same base URL as one endpoint", () => {
    const key = buildCacheKey(base);
    expect(buildCacheKey({ ...base, baseUrl: "https://api.openai.com/v1/" })).toBe(key);
    expect(buildCacheKey({ ...base, baseUrl: "HTTPS://API.OpenAI.com/v1" })).toBe(key);
  });

  it("is the sha256 of the canonical JSON of its input, an answer mode's fields (sorted once per object) included", () => {
    // The definition the keys already stored were computed with: a row paid for before stays a hit.
    const reference = (input: TCacheKeyInput) =>
      createHash("sha256")
        .update(
          toCanonicalJson({
            v: 1,
            baseUrl: input.baseUrl,
            model: input.model,
            temperature: input.temperature,
            maxTokens: input.maxTokens,
            seed: input.seed ?? null,
            extra: input.extra,
            messages: input.messages,
          }),
        )
        .digest("hex");
    const extra = { logprobs: true, response_format: buildLabelSchema(["b", "a"]) };
    expect(buildCacheKey(base)).toBe(reference(base));
    expect(buildCacheKey({ ...base, seed: 7, extra })).toBe(reference({ ...base, seed: 7, extra }));
    // The same fields object again (every call of a run): the same key.
    expect(buildCacheKey({ ...base, seed: 7, extra })).toBe(reference({ ...base, seed: 7, extra }));
    expect(buildCacheKey({ ...base, extra: { ...extra, logprobs: false } })).not.toBe(
      buildCacheKey({ ...base, extra }),
    );
  });

  it("ignores extra properties on messages, which never reach the model", () => {
    const tagged = base.messages.map((message) => ({ ...message, sampleId: 42 }));
    expect(buildCacheKey({ ...base, messages: tagged })).toBe(buildCacheKey(base));
  });
});

describe("toCanonicalJson", () => {
  it("sorts keys at every depth, keeps array order and drops undefined", () => {
    const a = toCanonicalJson({ b: 1, a: { d: [2, 1], c: undefined, e: null } });
    const b = toCanonicalJson({ a: { e: null, d: [2, 1] }, b: 1 });
    expect(a).toBe(b);
    expect(JSON.parse(a)).toEqual({ a: { d: [2, 1], e: null }, b: 1 });
    expect(toCanonicalJson([1, 2])).not.toBe(toCanonicalJson([2, 1]));
  });
});
