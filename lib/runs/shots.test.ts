import { describe, expect, it } from "vitest";
import { pickShotsFor } from "./shots";

const candidates = [
  { input: "Aspirin lowers risk", expected: "cardio" },
  { input: "tumour growth", expected: "neo" },
  { input: "nerve damage", expected: "neuro" },
];

describe("pickShotsFor", () => {
  it("keeps the draw order and takes k", () => {
    expect(pickShotsFor(candidates, 2, "something else")).toEqual(candidates.slice(0, 2));
  });

  it("never includes the query's own text, even with other case and surrounding spaces", () => {
    const picked = pickShotsFor(candidates, 2, "  aspirin LOWERS risk \n");
    expect(picked.map((shot) => shot.input)).toEqual(["tumour growth", "nerve damage"]);
  });

  it("gives fewer than k only when the candidates run out", () => {
    expect(pickShotsFor(candidates, 5, "tumour growth")).toHaveLength(2);
    expect(pickShotsFor(candidates, 0, "x")).toEqual([]);
  });
});
