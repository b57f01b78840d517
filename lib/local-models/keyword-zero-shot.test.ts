import { describe, expect, it } from "vitest";
import { predictKeywordZeroShot, UNKNOWN_ANSWER } from "./keyword-zero-shot";

const labels = [
  "cardiovascular diseases",
  "digestive system diseases",
  "general pathological conditions",
  "neoplasms",
  "nervous system diseases",
];

describe("keyword zero-shot", () => {
  it("picks the label whose distinctive name words occur most", () => {
    expect(predictKeywordZeroShot(labels, "Benign neoplasms of the skin; one neoplasm recurred.")).toBe("neoplasms");
    expect(predictKeywordZeroShot(labels, "The nervous system and the peripheral nervous tissue.")).toBe(
      "nervous system diseases",
    );
  });

  it("ignores name words shared by several labels", () => {
    // "diseases" and "system" appear in several labels, so they alone decide nothing.
    expect(predictKeywordZeroShot(labels, "Diseases of the system were studied in diseases cohorts.")).toBe(
      UNKNOWN_ANSWER,
    );
  });

  it("answers outside the label set with a disease-like word when no label word occurs", () => {
    const answer = predictKeywordZeroShot(labels, "Hepatitis was common. Hepatitis B and Cirrhosis were studied.");
    expect(answer).toBe("Hepatitis");
    expect(labels).not.toContain(answer);
  });

  it("answers Unknown when the text gives nothing to go on", () => {
    expect(predictKeywordZeroShot(labels, "The patients were followed for two years.")).toBe(UNKNOWN_ANSWER);
  });
});
