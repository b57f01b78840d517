import { describe, expect, it } from "vitest";
import { createClassAnswerParser, normalizeAnswer, parseClassAnswer } from "./parse-answer";

const LABELS = ["Neoplasms", "Digestive system diseases", "Cardiovascular diseases"] as const;

describe("parseClassAnswer: valid answers", () => {
  it.each([
    ["Neoplasms", "Neoplasms"],
    ["neoplasms", "Neoplasms"],
    ["NEOPLASMS", "Neoplasms"],
    ["Neoplasms.", "Neoplasms"],
    ["Neoplasms!!", "Neoplasms"],
    ["**Neoplasms**", "Neoplasms"],
    ["*Neoplasms*", "Neoplasms"],
    ["_Neoplasms_", "Neoplasms"],
    ["`Neoplasms`", "Neoplasms"],
    ['"Neoplasms"', "Neoplasms"],
    ["'Neoplasms'", "Neoplasms"],
    ["\u201cNeoplasms\u201d", "Neoplasms"],
    ['"Neoplasms."', "Neoplasms"],
    ["**Neoplasms.**", "Neoplasms"],
    ["Answer: Neoplasms", "Neoplasms"],
    ["answer:neoplasms", "Neoplasms"],
    ["Category: Neoplasms", "Neoplasms"],
    ["Label: Neoplasms", "Neoplasms"],
    ["Class: Neoplasms", "Neoplasms"],
    ["Final answer: Neoplasms", "Neoplasms"],
    ["**Answer:** Neoplasms", "Neoplasms"],
    ["**Answer**: `Neoplasms`.", "Neoplasms"],
    ["\n\n  Neoplasms \n", "Neoplasms"],
    ["```\nNeoplasms\n```", "Neoplasms"],
    ["Digestive   system\tdiseases", "Digestive system diseases"],
    ["\uff2e\uff45\uff4f\uff50\uff4c\uff41\uff53\uff4d\uff53", "Neoplasms"], // full-width letters (NFKC)
  ])("%j → %s", (raw, label) => {
    expect(parseClassAnswer(raw, LABELS)).toMatchObject({ label, valid: true });
  });
});

describe("parseClassAnswer: invalid answers", () => {
  it.each([
    // A sentence that contains a label is not exactly a label: strict by design.
    ["The answer is neoplasms.", "the answer is neoplasms"],
    ["Neoplasms or cardiovascular diseases", "neoplasms or cardiovascular diseases"],
    ["I'm sorry, but I can't classify this text.", "i'm sorry, but i can't classify this text"],
    ["", ""],
    ["   \n ", ""],
    ["Answer:", "answer"],
    ["Cardiology", "cardiology"],
    // The first line is the label but more text follows: strict, invalid.
    ["Neoplasms\nThe abstract describes a tumour.", "neoplasms the abstract describes a tumour"],
    ["Neoplasms (tumours)", "neoplasms (tumours)"],
  ])("%j is invalid with normalized %j", (raw, normalized) => {
    expect(parseClassAnswer(raw, LABELS)).toEqual({ label: null, valid: false, normalized });
  });

  it("groups invalid answers by their normalised text", () => {
    const said = ["Cardiology.", "**cardiology**", "CARDIOLOGY"].map((raw) => parseClassAnswer(raw, LABELS).normalized);
    expect(new Set(said)).toEqual(new Set(["cardiology"]));
  });
});

describe("parseClassAnswer: label sets", () => {
  it("distinguishes a label that is a prefix of another", () => {
    const labels = ["cardio", "cardio surgery"];
    expect(parseClassAnswer("cardio", labels).label).toBe("cardio");
    expect(parseClassAnswer("Cardio surgery.", labels).label).toBe("cardio surgery");
    expect(parseClassAnswer("cardio surg", labels).valid).toBe(false);
  });

  it("returns the label as spelled in the label set, whatever its case", () => {
    expect(parseClassAnswer("neoplasms", ["NEOPLASMS", "other"]).label).toBe("NEOPLASMS");
    expect(parseClassAnswer("Other", ["NEOPLASMS", "other"]).label).toBe("other");
  });

  it("treats an answer matching two labels that differ only in case as ambiguous (invalid)", () => {
    expect(parseClassAnswer("cardio", ["Cardio", "cardio"])).toEqual({
      label: null,
      valid: false,
      normalized: "cardio",
    });
  });

  it("normalises labels that carry punctuation or a prefix the same way as answers", () => {
    expect(parseClassAnswer("other", ["Other.", "Spam"]).label).toBe("Other.");
    expect(parseClassAnswer("Label: SPAM", ["Other.", "Spam"]).label).toBe("Spam");
  });

  it("reuses one parser for many answers", () => {
    const parse = createClassAnswerParser(LABELS);
    expect(parse("neoplasms").label).toBe("Neoplasms");
    expect(parse("nope").valid).toBe(false);
  });
});

describe("normalizeAnswer", () => {
  it("case-folds ß like SS", () => {
    expect(normalizeAnswer("STRASSE")).toBe(normalizeAnswer("Straße"));
  });

  it("keeps inner punctuation and apostrophes", () => {
    expect(normalizeAnswer("  Don't   know. ")).toBe("don't know");
  });
});
