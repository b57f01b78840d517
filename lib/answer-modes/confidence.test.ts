import { describe, expect, it } from "vitest";
import { findAnswerConfidence } from "./confidence";
import type { TTokenLogprob } from "./logprobs";

const tokens = (pieces: [string, number][]): TTokenLogprob[] =>
  pieces.map(([token, p]) => ({ token, logprob: Math.log(p), top: [] }));

describe("findAnswerConfidence", () => {
  it("multiplies the probabilities of the tokens that spell the answer, not the JSON around it", () => {
    const json = tokens([
      ['{"label":"', 0.99],
      ["Neop", 0.8],
      ["lasms", 0.9],
      ['"}', 0.99],
    ]);
    expect(findAnswerConfidence('{"label":"Neoplasms"}', json, "Neoplasms")).toBeCloseTo(0.8 * 0.9, 12);
  });

  it("uses every token when the answer is not found, and null without log-probabilities", () => {
    const prose = tokens([
      ["I ", 0.5],
      ["think", 0.5],
    ]);
    expect(findAnswerConfidence("I think", prose, null)).toBeCloseTo(0.25, 12);
    expect(findAnswerConfidence("Neoplasms", null, "Neoplasms")).toBeNull();
  });

  it("is null when the tokens do not spell the stored reply", () => {
    expect(findAnswerConfidence("Neoplasms", tokens([["Digestive", 0.9]]), "Neoplasms")).toBeNull();
  });
});
