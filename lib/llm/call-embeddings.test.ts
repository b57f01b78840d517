import { describe, expect, it } from "vitest";
import { buildEmbeddingCacheKey, decodeVector, encodeVector, readEmbeddings, shareTokens } from "./call-embeddings";

const endpoint = {
  id: "e",
  name: "emb",
  baseUrl: "https://api.example.com/v1",
  model: "text-embedding-3-small",
  apiKey: null,
  headers: null,
  timeoutMs: 1000,
  maxConcurrency: 1,
  requestsPerMinute: null,
  inputPricePerM: 0.02,
  outputPricePerM: null,
};

describe("embeddings", () => {
  it("shares a request's tokens among its texts by length, adding up to the total", () => {
    expect(shareTokens(10, ["aaaa", "a", "aaaaa"])).toEqual([4, 1, 5]);
    const shares = shareTokens(7, ["ab", "ab", "ab"])!;
    expect(shares.reduce((a, b) => a + b, 0)).toBe(7);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    expect(shareTokens(null, ["a"])).toBeNull();
  });

  it("keys a text's embedding by base URL (normalised) and model, apart from chat answers", () => {
    const key = buildEmbeddingCacheKey(endpoint, "chest pain");
    expect(buildEmbeddingCacheKey({ ...endpoint, baseUrl: "https://API.example.com/v1/" }, "chest pain")).toBe(key);
    expect(buildEmbeddingCacheKey({ ...endpoint, model: "other" }, "chest pain")).not.toBe(key);
    expect(buildEmbeddingCacheKey(endpoint, "chest pains")).not.toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stores vectors as float32 base64 and reads them back exactly", () => {
    const vector = Float32Array.from([0.25, -1.5, 3e-8, 1234.5]);
    expect(Array.from(decodeVector(encodeVector(vector)))).toEqual(Array.from(vector));
  });

  it("reads a response in index order with each text's share of usage and cost", () => {
    const body = {
      data: [
        { index: 1, embedding: [0, 1] },
        { index: 0, embedding: [1, 0] },
      ],
      usage: { prompt_tokens: 300 },
    };
    const read = readEmbeddings(body, endpoint, ["aa", "a"]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.embeddings.map((e) => Array.from(e.vector))).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(read.embeddings.map((e) => e.promptTokens)).toEqual([200, 100]);
    expect(read.embeddings[0]!.cost).toBeCloseTo((200 * 0.02) / 1e6, 15);
  });

  it("refuses a response that does not give one finite vector of one size per text", () => {
    const bad = [
      { data: [{ embedding: [1] }] },
      { data: [{ embedding: [1] }, { embedding: [1, 2] }] },
      { data: [{ embedding: ["x"] }, { embedding: [1] }] },
      {
        data: [
          { index: 0, embedding: [1] },
          { index: 0, embedding: [1] },
        ],
      },
      { object: "list" },
    ];
    for (const body of bad) {
      const read = readEmbeddings(body, endpoint, ["a", "b"]);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatchObject({ kind: "malformed" });
    }
  });
});
