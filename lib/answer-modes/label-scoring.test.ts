import { describe, expect, it } from "vitest";
import { scoreLabels } from "./label-scoring";
import type { TTokenLogprob } from "./logprobs";

const step = (token: string, p: number, top: [string, number][]): TTokenLogprob => ({
  token,
  logprob: Math.log(p),
  top: top.map(([alt, q]) => ({ token: alt, logprob: Math.log(q) })),
});

describe("scoreLabels", () => {
  it("sums first-token probabilities per label (whitespace and case variants add up)", () => {
    const tokens = [
      step("Neo", 0.5, [
        ["Neo", 0.5],
        [" Neo", 0.1],
        ["Dig", 0.3],
        ["The", 0.1],
      ]),
    ];
    const scores = scoreLabels(tokens, ["Neoplasms", "Digestive"]);
    expect(scores.label).toBe("Neoplasms");
    expect(scores.mass.get("Neoplasms")).toBeCloseTo(0.6, 12);
    expect(scores.mass.get("Digestive")).toBeCloseTo(0.3, 12);
    // Normalised over the label mass: "The" went to no label.
    expect(scores.confidence).toBeCloseTo(0.6 / 0.9, 12);
    expect(scores.unresolved).toBe(false);
  });

  it("resolves labels sharing a first token with the following tokens", () => {
    // "Card" starts both cardiac labels (0.7) and "Neo" the third (0.3); the second token splits 0.7 as 0.8 / 0.2.
    const tokens = [
      step("Card", 0.7, [
        ["Card", 0.7],
        ["Neo", 0.3],
      ]),
      step("iac", 0.8, [
        ["iac", 0.8],
        ["iov", 0.2],
      ]),
    ];
    const scores = scoreLabels(tokens, ["Cardiac arrest", "Cardiovascular", "Neoplasms"]);
    expect(scores.mass.get("Cardiac arrest")).toBeCloseTo(0.7 * 0.8, 12);
    expect(scores.mass.get("Cardiovascular")).toBeCloseTo(0.7 * 0.2, 12);
    expect(scores.mass.get("Neoplasms")).toBeCloseTo(0.3, 12);
    expect(scores.label).toBe("Cardiac arrest");
    expect(scores.confidence).toBeCloseTo(0.56 / 1, 12);
    expect(scores.unresolved).toBe(false);
  });

  it("splits shared mass the reply never resolved, and says so", () => {
    // Generated "Neo"; the alternative "Card" is shared by two labels and never followed.
    const tokens = [
      step("Neo", 0.6, [
        ["Neo", 0.6],
        ["Card", 0.4],
      ]),
    ];
    const scores = scoreLabels(tokens, ["Cardiac", "Cardiovascular", "Neoplasms"]);
    expect(scores.mass.get("Cardiac")).toBeCloseTo(0.2, 12);
    expect(scores.mass.get("Cardiovascular")).toBeCloseTo(0.2, 12);
    expect(scores.label).toBe("Neoplasms");
    expect(scores.unresolved).toBe(true);
  });

  it("gives no label when no alternative starts one", () => {
    const scores = scoreLabels([step("I", 0.9, [["I", 0.9]])], ["Neoplasms", "Digestive"]);
    expect(scores).toMatchObject({ label: null, confidence: null });
  });

  it("gives a label that is a prefix of another the mass when the reply ends there", () => {
    const tokens = [step("cat", 0.9, [["cat", 0.9]])];
    const scores = scoreLabels(tokens, ["cat", "category"]);
    expect(scores.label).toBe("cat");
    expect(scores.mass.get("category")).toBeUndefined();
  });
});
