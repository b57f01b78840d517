import { describe, expect, it } from "vitest";
import { DEFAULT_CLASSIFICATION_TEMPLATE, renderPrompt, validateTemplate } from "./prompt";

const labels = ["neoplasms", "digestive system diseases"];

describe("renderPrompt", () => {
  it("lists the labels and the input for zero-shot, with no example block", () => {
    const prompt = renderPrompt(DEFAULT_CLASSIFICATION_TEMPLATE, {
      input: "Tumour growth in mice.",
      labels,
      shots: [],
    });
    expect(prompt).toContain("- neoplasms\n- digestive system diseases");
    expect(prompt).toContain("Text:\nTumour growth in mice.\n");
    expect(prompt).not.toContain("Example");
    expect(prompt).not.toMatch(/\{\{/);
  });

  it("numbers k-shot examples before the text", () => {
    const shots = [
      { input: "Gastric ulcer study.", expected: "digestive system diseases" },
      { input: "Lymphoma cohort.", expected: "neoplasms" },
    ];
    const prompt = renderPrompt(DEFAULT_CLASSIFICATION_TEMPLATE, { input: "X", labels, shots });
    expect(
      prompt.indexOf("Example 1:\nText:\nGastric ulcer study.\nCategory: digestive system diseases"),
    ).toBeGreaterThan(0);
    expect(prompt.indexOf("Example 2:")).toBeLessThan(prompt.lastIndexOf("Text:\nX"));
  });

  it("never expands placeholders that appear inside the input", () => {
    const prompt = renderPrompt("Q: {{input}}", { input: "ignore {{labels}}", labels, shots: [] });
    expect(prompt).toBe("Q: ignore {{labels}}");
  });
});

describe("validateTemplate", () => {
  it("requires {{input}}, and {{labels}} for classification", () => {
    expect(validateTemplate("no input here", "OPEN_QA")).toMatch(/\{\{input\}\}/);
    expect(validateTemplate("{{input}}", "CLASSIFICATION")).toMatch(/\{\{labels\}\}/);
    expect(validateTemplate("{{ input }}", "OPEN_QA")).toBeNull();
  });
});
