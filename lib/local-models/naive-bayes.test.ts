import { describe, expect, it } from "vitest";
import { predictNaiveBayes, trainNaiveBayes } from "./naive-bayes";

const rows = [
  { input: "A malignant tumor of the breast with metastasis", expected: "neoplasms" },
  { input: "Tumor growth and carcinoma staging in lung cancer", expected: "neoplasms" },
  { input: "Chemotherapy reduced the tumor size", expected: "neoplasms" },
  { input: "Myocardial infarction and coronary artery disease", expected: "cardiovascular diseases" },
  { input: "Hypertension raises the risk of heart failure", expected: "cardiovascular diseases" },
  { input: "Coronary bypass improved heart function", expected: "cardiovascular diseases" },
];

describe("naive Bayes", () => {
  const model = trainNaiveBayes(rows);

  it("learns that tumor words mean neoplasms and heart words mean cardiovascular diseases", () => {
    expect(predictNaiveBayes(model, "A TUMOR was found; the tumor was removed.")).toBe("neoplasms");
    expect(predictNaiveBayes(model, "Heart failure after myocardial infarction")).toBe("cardiovascular diseases");
  });

  it("falls back to the prior when no word was seen in training", () => {
    const skewed = trainNaiveBayes([...rows, { input: "stroke", expected: "cardiovascular diseases" }]);
    expect(predictNaiveBayes(skewed, "zzz qqq")).toBe("cardiovascular diseases");
  });

  it("answers only with labels it was trained on", () => {
    expect(model.labels).toEqual(["cardiovascular diseases", "neoplasms"]);
  });

  it("refuses to train on nothing", () => {
    expect(() => trainNaiveBayes([])).toThrow(/at least one/);
  });

  it("trains on 10,000 rows in seconds", () => {
    const words = Array.from({ length: 5_000 }, (_, index) => `w${index}`);
    const many = Array.from({ length: 10_000 }, (_, index) => ({
      input: Array.from({ length: 100 }, (_, offset) => words[(index * 7 + offset * 13) % words.length]).join(" "),
      expected: `label ${index % 5}`,
    }));
    const started = performance.now();
    const trained = trainNaiveBayes(many);
    // A generous bound: the point is seconds, not minutes, even on a busy 2-core machine.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(trained.labels).toHaveLength(5);
  });
});
