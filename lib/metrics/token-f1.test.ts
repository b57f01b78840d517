import { describe, expect, it } from "vitest";
import { computeTokenF1, normaliseAnswer, tokeniseAnswer } from "./token-f1";

describe("normaliseAnswer", () => {
  it("lower-cases, strips punctuation and articles, and collapses whitespace as SQuAD does", () => {
    expect(normaliseAnswer("  The Cat, sat on\n\tA mat!  ")).toBe("cat sat on mat");
    expect(normaliseAnswer("“An” apple's core")).toBe("apples core");
    // Articles only as whole words: "theory" and "another" keep their letters.
    expect(normaliseAnswer("Another theory")).toBe("another theory");
  });

  it("removes articles only as whole words, letters of any script counting as word characters", () => {
    expect(normaliseAnswer("Ça va à la plage")).toBe("ça va à la plage");
    expect(normaliseAnswer("the théâtre an année thé")).toBe("théâtre année thé");
  });

  it("gives no tokens for text that is only punctuation or articles", () => {
    expect(tokeniseAnswer("... the, a!")).toEqual([]);
    expect(tokeniseAnswer("")).toEqual([]);
  });
});

describe("computeTokenF1", () => {
  it("is 1 for answers equal after normalisation", () => {
    expect(computeTokenF1("The Eiffel Tower.", "eiffel tower")).toBe(1);
  });

  it("matches the SQuAD script on partial overlap", () => {
    // prediction: [insulin, resistance, causes, it] (4), reference: [insulin, resistance] (2): shared 2.
    // precision 2/4, recall 2/2, F1 = 2 * 0.5 * 1 / 1.5 = 2/3.
    expect(computeTokenF1("Insulin resistance causes it", "insulin resistance")).toBeCloseTo(2 / 3, 12);
  });

  it("counts a repeated token only as often as the reference has it", () => {
    // prediction: [pain, pain, pain] vs reference [pain, fever]: shared 1, precision 1/3, recall 1/2, F1 = 0.4.
    expect(computeTokenF1("pain pain pain", "pain fever")).toBeCloseTo(0.4, 12);
  });

  it("is 0 without shared tokens, and follows SQuAD's rule for empty answers", () => {
    expect(computeTokenF1("aspirin", "ibuprofen")).toBe(0);
    expect(computeTokenF1("", "ibuprofen")).toBe(0);
    expect(computeTokenF1("the", "a")).toBe(1);
  });

  it("is symmetric", () => {
    const a = "Symptoms include fever, cough and fatigue.";
    const b = "The most common symptoms are fever and a dry cough.";
    expect(computeTokenF1(a, b)).toBeCloseTo(computeTokenF1(b, a), 12);
  });
});
