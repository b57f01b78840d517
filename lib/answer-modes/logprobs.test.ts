import { describe, expect, it } from "vitest";
import { readStoredLogprobs, readTokenLogprobs, toStoredLogprobs } from "./logprobs";

describe("readTokenLogprobs", () => {
  it("reads OpenAI's content list, keeping well-formed alternatives and bounding what it keeps", () => {
    const tokens = readTokenLogprobs({
      content: [
        {
          token: "Neo",
          logprob: -0.1,
          bytes: null,
          top_logprobs: [
            { token: "Neo", logprob: -0.1 },
            { token: 7, logprob: -1 },
            { token: "Card", logprob: -Infinity },
          ],
        },
        { token: "x".repeat(100), logprob: -2 },
      ],
    });
    expect(tokens).toEqual([
      {
        token: "Neo",
        logprob: -0.1,
        top: [
          { token: "Neo", logprob: -0.1 },
          { token: "Card", logprob: -Infinity },
        ],
      },
      { token: "x".repeat(64), logprob: -2, top: [] },
    ]);
    const many = readTokenLogprobs({
      content: Array.from({ length: 80 }, () => ({
        token: "a",
        logprob: -1,
        top_logprobs: Array.from({ length: 30 }, () => ({ token: "b", logprob: -2 })),
      })),
    });
    expect(many).toHaveLength(64);
    expect(many![0]!.top).toHaveLength(20);
  });

  it("is null for anything that is not a list of tokens with finite log-probabilities", () => {
    for (const value of [
      null,
      "x",
      {},
      { content: [] },
      { content: [{ token: "a" }] },
      { content: [{ token: "a", logprob: Number.NaN }] },
    ])
      expect(readTokenLogprobs(value)).toBeNull();
  });

  it("round-trips through the stored form, -Infinity clamped", () => {
    const stored = toStoredLogprobs([{ token: "a", logprob: -Infinity, top: [{ token: "a", logprob: -Infinity }] }]);
    expect(readStoredLogprobs(JSON.parse(JSON.stringify(stored)))).toEqual([
      { token: "a", logprob: -9999, top: [{ token: "a", logprob: -9999 }] },
    ]);
  });
});
