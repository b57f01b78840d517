import { createReadStream } from "node:fs";
import { describe, expect, it } from "vitest";
import { createConflictDetector, findConflictingDuplicates, summarizeLabels } from "./labels";
import { openDataset } from "./parse/open-dataset";
import { collect, fixtureStream } from "@/test/fixtures/datasets/sources";
import { dataFile } from "@/test/data";

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("summarizeLabels", () => {
  it("lists labels by count and has no warnings for a healthy set", () => {
    const summary = summarizeLabels(counts({ b: 10, a: 10, c: 30 }), { fileName: "f.csv" });
    expect(summary).toEqual({
      labels: [
        { name: "c", count: 30 },
        { name: "a", count: 10 },
        { name: "b", count: 10 },
      ],
      warnings: [],
    });
  });

  it("warns about labels that differ only by case or spacing, and about rare labels", () => {
    const summary = summarizeLabels(
      counts({ Neoplasms: 20, neoplasms: 12, "nervous  system": 9, "nervous system": 3 }),
      {
        fileName: "f.csv",
      },
    );
    expect(summary.warnings).toEqual([
      expect.objectContaining({ kind: "near_duplicate_labels", labels: ["Neoplasms", "neoplasms"] }),
      expect.objectContaining({ kind: "near_duplicate_labels", labels: ["nervous  system", "nervous system"] }),
      expect.objectContaining({ kind: "rare_label", label: "nervous system", count: 3 }),
    ]);
  });

  it("warns that more than 50 labels suggests the wrong column, without a rare-label flood", () => {
    const many = counts(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`label ${i}`, 10])));
    const { warnings } = summarizeLabels(many, { fileName: "f.csv" });
    expect(warnings).toEqual([expect.objectContaining({ kind: "too_many_labels", distinct: 51, rows: 510 })]);
  });

  it("warns when more than 20 labels are mostly unique values", () => {
    const mostlyUnique = counts(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`answer ${i}`, 1])));
    expect(summarizeLabels(mostlyUnique, { fileName: "f.csv" }).warnings[0]?.kind).toBe("too_many_labels");
    const twentyRepeated = counts(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`class ${i}`, 5])));
    expect(summarizeLabels(twentyRepeated, { fileName: "f.csv" }).warnings).toEqual([]);
  });

  it("refuses a single label, read from the fixture", async () => {
    const dataset = await openDataset(fixtureStream("single-label.csv"), { fileName: "single-label.csv" });
    const tally = new Map<string, number>();
    for (const { values } of await collect(dataset.rows))
      tally.set(values.label ?? "", (tally.get(values.label ?? "") ?? 0) + 1);
    expect(() => summarizeLabels(tally, { fileName: "single-label.csv" })).toThrow(
      'single-label.csv: every row has the same label ("neoplasms"); classification needs at least two labels',
    );
  });
});

describe("conflicting duplicate inputs", () => {
  it("finds inputs given different labels and counts every row involved", async () => {
    const summary = await findConflictingDuplicates([
      { input: "same text", label: "a" },
      { input: "other", label: "a" },
      { input: "same text", label: "a" },
      { input: " same text ", label: "b" },
      { input: "same text", label: "a" },
      { input: "other", label: "a" },
    ]);
    expect(summary).toEqual({
      conflictingInputs: 1,
      conflictingRows: 4,
      examples: [{ rows: [1, 4], labels: ["a", "b"] }],
    });
  });

  it("keeps working as its table grows past the initial capacity", () => {
    const detector = createConflictDetector();
    for (let i = 0; i < 20_000; i += 1) detector.add(`text ${i}`, "a", i + 1);
    for (let i = 0; i < 20_000; i += 2) detector.add(`text ${i}`, "b", 20_001 + i);
    expect(detector.summary()).toMatchObject({ conflictingInputs: 10_000, conflictingRows: 20_000 });
    expect(detector.summary().examples).toHaveLength(10);
  });

  it("finds the 113 multi-label abstracts (231 rows) the data README describes in the full test split", async () => {
    const dataset = await openDataset(createReadStream(dataFile("medical-abstracts-test-full.csv.gz")), {
      fileName: "test-full.csv.gz",
    });
    const detector = createConflictDetector();
    let row = 0;
    for await (const { values } of dataset.rows) detector.add(values.text ?? "", values.label ?? "", (row += 1));
    expect(detector.summary()).toMatchObject({ conflictingInputs: 113, conflictingRows: 231 });
  });
});
