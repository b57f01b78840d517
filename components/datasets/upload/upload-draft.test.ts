import { describe, expect, it } from "vitest";
import type { TUploadPreview } from "@/lib/datasets/preview-upload";
import { checkKey, draftFromPreview, mappingOf, nameFromFile, uploadFields, validateDraft } from "./upload-draft";

const preview = {
  fileName: "medical-abstracts-classification-200.csv",
  suggested: { mapping: { input: "text", expected: "label", id: "id", split: null }, task: "CLASSIFICATION" },
} as TUploadPreview;

describe("the upload draft", () => {
  it("starts from the suggestion, named after the file", () => {
    expect(draftFromPreview(preview)).toEqual({
      name: "medical-abstracts-classification-200",
      task: "CLASSIFICATION",
      input: "text",
      expected: "label",
      id: "id",
      split: "",
      metadata: [],
      testPercent: "20",
      seed: "42",
    });
    expect(nameFromFile("qa.jsonl.gz")).toBe("qa");
    expect(nameFromFile("data")).toBe("data");
  });

  it("sends the mapping without empty roles and without metadata that repeats a mapped column", () => {
    const draft = { ...draftFromPreview(preview), id: "", metadata: ["text", "split", "source"] };
    expect(mappingOf(draft)).toEqual({ input: "text", expected: "label", metadata: ["split", "source"] });
    expect(mappingOf({ ...draft, expected: "" })).toBeNull();
    expect(uploadFields(draft)).toEqual([
      ["name", "medical-abstracts-classification-200"],
      ["task", "CLASSIFICATION"],
      ["mapping", JSON.stringify({ input: "text", expected: "label", metadata: ["split", "source"] })],
      ["testFraction", "0.2"],
      ["seed", "42"],
    ]);
  });

  it("explains each field that is wrong", () => {
    const draft = { ...draftFromPreview(preview), name: " ", expected: "text", testPercent: "120", seed: "1.5" };
    expect(validateDraft(draft)).toEqual({
      name: "Enter a name for the dataset.",
      expected: "The input and the expected value must be different columns.",
      testPercent: "Enter a percentage from 0 to 100.",
      seed: "Enter a whole number from 0 to 2147483647.",
    });
    expect(validateDraft({ ...draft, name: "ok", expected: "label", testPercent: "0", seed: "0" })).toEqual({});
  });

  it("re-checks the preview only when the task or the mapping changes", () => {
    const draft = draftFromPreview(preview);
    expect(checkKey({ ...draft, name: "other", seed: "7" })).toBe(checkKey(draft));
    expect(checkKey({ ...draft, task: "OPEN_QA" })).not.toBe(checkKey(draft));
    expect(checkKey({ ...draft, split: "split" })).not.toBe(checkKey(draft));
  });
});
