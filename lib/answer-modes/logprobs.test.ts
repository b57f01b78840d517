import { describe, expect, it } from "vitest";
import { readStoredLogprobs, readTokenLogprobs, stringifyStoredLogprobs } from "./logprobs";

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

  it("keeps tokens Postgres' jsonb can store: no NUL, no lone surrogate (a 64-character cut through an emoji)", () => {
    const tokens = readTokenLogprobs({
      content: [
        { token: "a\u0000b", logprob: -1, top_logprobs: [] },
        { token: `${"x".repeat(63)}😀`, logprob: -1, top_logprobs: [{ token: "\ud83d", logprob: -2 }] },
      ],
    })!;
    expect(tokens[0]!.token).toBe("ab");
    expect(tokens[1]!.token).toBe(`${"x".repeat(63)}\ufffd`);
    expect(tokens[1]!.top[0]!.token).toBe("\ufffd");
    expect(tokens.every((item) => item.token.isWellFormed())).toBe(true);
  });

  it("round-trips through the compact stored form, -Infinity clamped", () => {
    const tokens = [
      { token: "a", logprob: -Infinity, top: [{ token: "a", logprob: -Infinity }] },
      { token: "b", logprob: -0.25, top: [] },
    ];
    const stored = stringifyStoredLogprobs(tokens)!;
    expect(JSON.parse(stored)).toEqual([
      ["a", -9999, [["a", -9999]]],
      ["b", -0.25],
    ]);
    expect(readStoredLogprobs(JSON.parse(stored))).toEqual([
      { token: "a", logprob: -9999, top: [{ token: "a", logprob: -9999 }] },
      { token: "b", logprob: -0.25, top: [] },
    ]);
    expect(stringifyStoredLogprobs(null)).toBeNull();
  });

  it("reads rows stored in the earlier object-per-token form", () => {
    const old = [{ token: "a", logprob: -0.5, top: [{ token: "b", logprob: -1 }] }];
    expect(readStoredLogprobs(old)).toEqual([{ token: "a", logprob: -0.5, top: [{ token: "b", logprob: -1 }] }]);
  });

  it("refuses a malformed stored entry rather than guessing", () => {
    expect(readStoredLogprobs([["a", "not a number"]])).toBeNull();
    expect(readStoredLogprobs("x")).toBeNull();
  });
});
