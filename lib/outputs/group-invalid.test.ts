import { describe, expect, it } from "vitest";
import { groupInvalidAnswers, selectGroupTexts } from "./group-invalid";

const rows = [
  { text: "Cardiology.", count: 30, exampleSampleId: 9 },
  { text: "**cardiology**", count: 11, exampleSampleId: 4 },
  { text: "The answer is neoplasms", count: 5, exampleSampleId: 2 },
  { text: "", count: 4, exampleSampleId: 7 },
];

describe("groupInvalidAnswers", () => {
  it("merges spellings by the parser's normalisation, largest group first, with shares and an example", () => {
    const groups = groupInvalidAnswers(rows);
    expect(groups.map((g) => [g.normalized, g.count])).toEqual([
      ["cardiology", 41],
      ["the answer is neoplasms", 5],
      ["", 4],
    ]);
    expect(groups[0]).toMatchObject({ share: 41 / 50, exampleSampleId: 4 });
    expect(groups[0]?.variants.map((v) => v.text)).toEqual(["Cardiology.", "**cardiology**"]);
    expect(groupInvalidAnswers([])).toEqual([]);
  });

  it("selects the raw texts of one group for an exact filter", () => {
    expect(selectGroupTexts(rows, "cardiology")).toEqual(["Cardiology.", "**cardiology**"]);
    expect(selectGroupTexts(rows, "")).toEqual([""]);
  });
});
