import { describe, expect, it } from "vitest";
import { answerByRetrieval, buildRetrievalIndex } from "./retrieval";

const rows = [
  { input: "What is (are) asthma ?", expected: "Asthma is a chronic disease of the airways." },
  { input: "What are the symptoms of diabetes ?", expected: "Thirst, frequent urination and fatigue." },
  { input: "What are the treatments for diabetes ?", expected: "Insulin, diet and exercise." },
];

describe("retrieval QA", () => {
  const index = buildRetrievalIndex(rows);

  it("answers with the reference answer of the nearest training question", () => {
    expect(answerByRetrieval(index, "What are the treatments for Diabetes?")).toBe("Insulin, diet and exercise.");
    expect(answerByRetrieval(index, "symptoms of diabetes")).toBe("Thirst, frequent urination and fatigue.");
  });

  it("lets a rare word outweigh template words shared by many questions", () => {
    const diseases = ["gout", "anemia", "lupus", "glaucoma", "psoriasis", "rickets", "scurvy", "tetanus"];
    const templated = diseases.map((disease) => ({
      input: `What are the treatments for ${disease} ?`,
      expected: `Treat ${disease} like this.`,
    }));
    const larger = buildRetrievalIndex([...rows, ...templated]);
    expect(answerByRetrieval(larger, "What are the treatments for asthma ?")).toBe(
      "Asthma is a chronic disease of the airways.",
    );
  });

  it("still answers when no word is known", () => {
    expect(rows.map((row) => row.expected)).toContain(answerByRetrieval(index, "zzz"));
  });
});
