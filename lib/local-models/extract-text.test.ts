import { describe, expect, it } from "vitest";
import { renderPrompt, DEFAULT_CLASSIFICATION_TEMPLATE } from "@/lib/runs/prompt";
import { extractText } from "./extract-text";

describe("extractText", () => {
  it("takes the sample out of the default classification prompt, k-shot examples included", () => {
    const prompt = renderPrompt(DEFAULT_CLASSIFICATION_TEMPLATE, {
      input: "Line one of the abstract.\nLine two.",
      labels: ["a", "b"],
      shots: [{ input: "An example text.", expected: "a" }],
    });
    expect(extractText(prompt)).toBe("Line one of the abstract.\nLine two.");
  });

  it("keeps everything after the marker when no answer instruction follows", () => {
    expect(extractText("Intro\nText:\nthe sample")).toBe("the sample");
  });

  it("takes the whole message when there is no Text: line", () => {
    expect(extractText("  What is (are) asthma ?\n")).toBe("What is (are) asthma ?");
  });
});
