import { describe, expect, it } from "vitest";
import { DatasetInputError } from "./errors";
import { createLabelTally, MAX_LABELS } from "./label-tally";

const options = { fileName: "f.csv", column: "label" };

function tallyOf(task: "CLASSIFICATION" | "OPEN_QA", rows: [string, string][]) {
  const tally = createLabelTally(task, options);
  rows.forEach(([input, expected], index) => tally.add({ index, input, expected }));
  return tally;
}

describe("createLabelTally", () => {
  it("counts rows per label, lists the label set by name, and warns about rare labels", () => {
    const rows: [string, string][] = [
      ...Array.from({ length: 6 }, (_, i): [string, string] => [`b ${i}`, "beta"]),
      ...Array.from({ length: 5 }, (_, i): [string, string] => [`a ${i}`, "alpha"]),
      ["g", "gamma"],
    ];
    expect(tallyOf("CLASSIFICATION", rows).finish()).toEqual({
      rowCount: 12,
      labels: ["alpha", "beta", "gamma"],
      labelCounts: [
        { name: "beta", count: 6 },
        { name: "alpha", count: 5 },
        { name: "gamma", count: 1 },
      ],
      warnings: [expect.objectContaining({ kind: "rare_label", label: "gamma", count: 1 })],
    });
  });

  it("reports inputs filed under two labels, with the rows", () => {
    const rows: [string, string][] = [
      ["same text", "a"],
      ["other", "b"],
      ["same text ", "b"],
      ...Array.from({ length: 10 }, (_, i): [string, string] => [`filler ${i}`, i % 2 ? "a" : "b"]),
    ];
    const { warnings } = tallyOf("CLASSIFICATION", rows).finish();
    expect(warnings).toEqual([
      {
        kind: "conflicting_duplicates",
        inputs: 1,
        rows: 2,
        examples: [{ rows: [1, 3], labels: ["a", "b"] }],
        message: '1 input appears with different labels (2 rows), e.g. rows 1 and 3 ("a" vs "b")',
      },
    ]);
  });

  it("refuses a classification file with a single label", () => {
    const tally = tallyOf("CLASSIFICATION", [
      ["x", "only"],
      ["y", "only"],
    ]);
    expect(() => tally.finish()).toThrow(DatasetInputError);
    expect(() => tally.finish()).toThrow(/every row has the same label \("only"\)/);
  });

  it("only counts open-QA rows: reference answers are not labels", () => {
    expect(tallyOf("OPEN_QA", [["q", "the same answer"]]).finish()).toEqual({
      rowCount: 1,
      labels: [],
      labelCounts: [],
      warnings: [],
    });
  });

  it("stops at MAX_LABELS distinct labels, naming the row and the column", () => {
    const tally = createLabelTally("CLASSIFICATION", options);
    for (let index = 0; index < MAX_LABELS; index += 1) tally.add({ index, input: `q${index}`, expected: `l${index}` });
    let error: unknown;
    try {
      tally.add({ index: MAX_LABELS, input: "q", expected: "one more" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: "invalid_mapping", row: MAX_LABELS + 1, column: "label" });
  });
});
