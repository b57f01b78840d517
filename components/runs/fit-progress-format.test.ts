import { describe, expect, it } from "vitest";
import { formatFitProgress } from "./fit-progress-format";

describe("formatFitProgress", () => {
  it("names the stage and how far it has got", () => {
    expect(formatFitProgress({ stage: "EMBEDDING", done: 800, total: 1600 }).step).toBe(
      "embedding TRAIN 800/1,600 texts",
    );
    expect(formatFitProgress({ stage: "CROSS_VALIDATION", done: 12, total: 35 }).step).toBe(
      "cross-validation 12/35 fits",
    );
    expect(formatFitProgress({ stage: "FINAL_FIT", done: 0, total: 1 }).step).toBe("final fit");
  });
});
