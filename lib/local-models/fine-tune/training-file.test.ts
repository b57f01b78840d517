import { describe, expect, it } from "vitest";
import { toChatExample, toJsonlLine } from "@/lib/finetune/export-builder";
import { DEFAULT_CLASSIFICATION_TEMPLATE } from "@/lib/runs/prompt";
import { looksLikeClassification } from "./trainer";
import { parseTrainingFile } from "./training-file";

describe("parseTrainingFile", () => {
  it("reads back the exported examples: the sample's text from the prompt, the assistant's answer", () => {
    const rows = [
      { index: 0, input: 'A "quoted"\nmulti-line abstract', expected: "neoplasms" },
      { index: 1, input: "Heart failure", expected: "cardiovascular" },
    ];
    const file = rows
      .map((row) => toJsonlLine(toChatExample(DEFAULT_CLASSIFICATION_TEMPLATE, ["cardiovascular", "neoplasms"], row)))
      .join("");
    expect(parseTrainingFile(file)).toEqual({ rows: rows.map(({ input, expected }) => ({ input, expected })) });
  });

  it("names the first line that is not a chat example", () => {
    const good = '{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]}';
    expect(parseTrainingFile(`${good}\n\nnot json\n`)).toEqual({ error: "Line 2 is not valid JSON." });
    expect(parseTrainingFile(`${good}\n{"messages":[{"role":"user","content":"a"}]}`)).toEqual({
      error: "Line 2 is not a chat example with a user and an assistant message.",
    });
  });
});

describe("looksLikeClassification", () => {
  const rows = (answers: string[]) => answers.map((expected) => ({ input: "x", expected }));
  it("takes a small label set seen repeatedly for classification, and distinct answers for open QA", () => {
    expect(looksLikeClassification(rows(["a", "b", "a", "b"]))).toBe(true);
    expect(looksLikeClassification(rows(["one answer", "another", "a third", "a"]))).toBe(false);
  });
});
