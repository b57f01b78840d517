import { describe, expect, it } from "vitest";
import { buildLabelSchema } from "@/lib/answer-modes/modes";
import { shapeLocalAnswer } from "./answer-modes";
import { trainNaiveBayes, predictNaiveBayes } from "./naive-bayes";
import { findNaiveBayesPosterior } from "./posterior";

const rows = [
  { input: "tumour carcinoma growth", expected: "Neoplasms" },
  { input: "carcinoma metastasis", expected: "Neoplasms" },
  { input: "heart artery pressure", expected: "Cardio" },
  { input: "artery heart failure", expected: "Cardio" },
];
const model = trainNaiveBayes(rows);

describe("naive Bayes posterior", () => {
  it("is a probability distribution whose top label is the prediction", () => {
    const posterior = findNaiveBayesPosterior(model, "carcinoma in the heart");
    const total = posterior.reduce((sum, item) => sum + Math.exp(item.logprob), 0);
    expect(total).toBeCloseTo(1, 12);
    expect(posterior[0]!.label).toBe(predictNaiveBayes(model, "carcinoma in the heart"));
    // Independently: P(label | text) ∝ exp(score); two labels, so the ratio of the two exps.
    const [a, b] = posterior;
    expect(Math.exp(a!.logprob) / Math.exp(b!.logprob)).toBeGreaterThan(1);
  });
});

describe("shapeLocalAnswer", () => {
  const labels = ["Neoplasms", "Cardio"];
  it("wraps the answer as JSON and sends the posterior as the label token's log-probabilities", () => {
    const posterior = findNaiveBayesPosterior(model, "carcinoma");
    const shaped = shapeLocalAnswer(
      { response_format: buildLabelSchema(labels), logprobs: true, top_logprobs: 5 },
      { answer: "Neoplasms", posterior },
    );
    expect(shaped.content).toBe('{"label":"Neoplasms"}');
    const tokens = shaped.logprobs!.content;
    expect(tokens.map((token) => token.token).join("")).toBe(shaped.content);
    expect(tokens[1]!.logprob).toBeCloseTo(posterior[0]!.logprob, 12);
    expect(tokens[1]!.top_logprobs.map((alt) => alt.token)).toEqual(["Neoplasms", "Cardio"]);
  });

  it("keeps keyword zero-shot on the label set in JSON mode and guided choice", () => {
    const json = shapeLocalAnswer(
      { response_format: buildLabelSchema(labels) },
      { answer: "Unknown", posterior: null },
    );
    expect(json.content).toBe('{"label":"Neoplasms"}');
    const guided = shapeLocalAnswer({ guided_choice: labels }, { answer: "Carcinoma", posterior: null });
    expect(guided.content).toBe("Neoplasms");
  });

  it("leaves a free-text answer as it is, without log-probabilities unless asked", () => {
    expect(shapeLocalAnswer({}, { answer: "Unknown", posterior: null })).toEqual({
      content: "Unknown",
      logprobs: null,
    });
  });
});
