import { describe, expect, it } from "vitest";
import { guessMapping, guessTask } from "./guess-mapping";

describe("guessMapping", () => {
  it("maps the classification sample's columns", () => {
    expect(guessMapping(["text", "label", "id", "split"], [])).toEqual({
      input: "text",
      expected: "label",
      id: "id",
      split: "split",
    });
  });

  it("prefers exact names and gives each column one role", () => {
    const columns = ["question_id", "question", "answer", "human_label", "question_summary"];
    expect(guessMapping(columns, [])).toEqual({
      input: "question",
      expected: "answer",
      id: "question_id",
      split: null,
    });
  });

  it("matches names by token and ignores case", () => {
    expect(guessMapping(["Medical_Abstract", "Condition Label", "UID"], [])).toEqual({
      input: "Medical_Abstract",
      expected: "Condition Label",
      id: "UID",
      split: null,
    });
  });

  it("does not match a word inside another word", () => {
    expect(guessMapping(["valid", "dataset_name"], []).id).toBeNull();
    expect(guessMapping(["valid", "dataset_name"], []).split).toBeNull();
  });

  it("falls back to the column with the longest values for the input", () => {
    const rows = [
      { a: "short", b: "a much longer piece of text" },
      { a: "tiny", b: "another long piece of text here" },
    ];
    expect(guessMapping(["a", "b"], rows).input).toBe("b");
  });
});

describe("guessTask", () => {
  const rowsWith = (values: string[]) => values.map((value) => ({ target: value }));

  it("is classification when short values repeat", () => {
    expect(guessTask("target", rowsWith(["neoplasms", "nervous system diseases", "neoplasms", "neoplasms"]))).toBe(
      "CLASSIFICATION",
    );
  });

  it("is open QA when values are long", () => {
    const long = "Bladder cancer is typically not inherited. Most often tumors result from mutations.";
    expect(guessTask("target", rowsWith([long, long]))).toBe("OPEN_QA");
  });

  it("uses the column name when a small preview shows no repeats", () => {
    expect(guessTask("label", [{ label: "yes" }, { label: "no" }])).toBe("CLASSIFICATION");
    expect(guessTask("answer", [{ answer: "Paris" }, { answer: "Rome" }])).toBe("OPEN_QA");
  });

  it("is open QA without an expected column", () => {
    expect(guessTask(null, rowsWith(["a", "a"]))).toBe("OPEN_QA");
  });
});
