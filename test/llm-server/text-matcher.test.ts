import { describe, expect, it } from "vitest";
import { createTextMatcher } from "./text-matcher";

const ALPHA = "Alpha abstract about the heart and its vessels, with enough words to be long.";
const BETA = "Beta abstract about tumours of the colon, again with enough words to be long.";
const ALPHA_LONGER = `${ALPHA} It goes on with a second sentence.`;

describe("createTextMatcher", () => {
  it("finds the known input inside a prompt", () => {
    const matcher = createTextMatcher([ALPHA, BETA]);
    expect(matcher.find(`Classify.\nText: ${BETA}\nAnswer with the label only.`)).toBe(BETA);
    expect(matcher.find(`Text: ${ALPHA}`)).toBe(ALPHA);
  });

  it("returns the last input in a k-shot prompt, which is the one being evaluated", () => {
    const matcher = createTextMatcher([ALPHA, BETA]);
    expect(matcher.find(`Example: ${ALPHA}\nLabel: x\n\nExample: ${BETA}\nLabel: y\n\nText: ${ALPHA}\nLabel:`)).toBe(
      ALPHA,
    );
    expect(matcher.find(`Example: ${ALPHA}\nLabel: x\n\nText: ${BETA}\nLabel:`)).toBe(BETA);
  });

  it("prefers the longest input when two share a beginning", () => {
    const matcher = createTextMatcher([ALPHA, ALPHA_LONGER]);
    expect(matcher.find(`Text: ${ALPHA_LONGER}\nLabel:`)).toBe(ALPHA_LONGER);
    expect(matcher.find(`Text: ${ALPHA}\nLabel:`)).toBe(ALPHA);
  });

  it("ignores CRLF versus LF and surrounding whitespace of the known inputs", () => {
    const matcher = createTextMatcher([`  First line of a multi-line input text\r\nsecond line of it.  `]);
    expect(matcher.find("Text: First line of a multi-line input text\nsecond line of it.\nLabel:")).toBe(
      "First line of a multi-line input text\nsecond line of it.",
    );
  });

  it("matches short inputs too, but not when they are only part of a longer match", () => {
    const matcher = createTextMatcher(["heart", ALPHA]);
    expect(matcher.find("Question: heart?")).toBe("heart");
    expect(matcher.find(`Text: ${ALPHA}`)).toBe(ALPHA);
  });

  it("returns undefined when no known input is present, or the input is only partly there", () => {
    const matcher = createTextMatcher([ALPHA, BETA]);
    expect(matcher.find("What is 2 + 2?")).toBeUndefined();
    expect(matcher.find(ALPHA.slice(0, 60))).toBeUndefined();
  });

  it("finds each of 2,000 inputs in its own prompt", () => {
    const inputs = Array.from(
      { length: 2000 },
      (_, i) => `Sample number ${i} talks about case ${(i * 7919) % 2003} in detail.`,
    );
    const matcher = createTextMatcher(inputs);
    expect(matcher.size).toBe(2000);
    const misses = inputs.filter((input) => matcher.find(`Labels: a, b\nText: ${input}\nAnswer:`) !== input);
    expect(misses).toEqual([]);
  });
});
