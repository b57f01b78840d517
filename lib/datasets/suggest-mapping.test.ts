import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openDataset } from "./parse";
import { suggestMapping, toColumnMapping } from "./suggest-mapping";
import { chunked, collect } from "@/test/fixtures/datasets/sources";
import { dataFile } from "@/test/data";

async function readValues(file: string) {
  const dataset = await openDataset(chunked(readFileSync(dataFile(file)), 64 * 1024), { fileName: file });
  const rows = await collect(dataset.rows);
  return { columns: dataset.columns, values: rows.map((row) => row.values) };
}

describe("suggestMapping", () => {
  it("does not suggest a split column whose every value is the same (the 200-row medical sample is all test)", async () => {
    const { columns, values } = await readValues("medical-abstracts-classification-200.csv");
    expect(suggestMapping(columns, values)).toEqual({ input: "text", expected: "label", id: "id", split: null });
  });

  it("suggests a split column that holds both train and test rows", () => {
    const values = [
      { text: "a", label: "x", split: "train" },
      { text: "b", label: "y", split: "TEST" },
    ];
    expect(suggestMapping(["text", "label", "split"], values).split).toBe("split");
    expect(suggestMapping(["text", "label", "split"], values.slice(0, 1)).split).toBeNull();
  });
});

describe("toColumnMapping", () => {
  it("builds the mapping only once input and expected are known and different", () => {
    expect(toColumnMapping({ input: "q", expected: "a", id: null, split: "s" })).toEqual({
      input: "q",
      expected: "a",
      split: "s",
    });
    expect(toColumnMapping({ input: "q", expected: null, id: null, split: null })).toBeNull();
    expect(toColumnMapping({ input: "q", expected: "q", id: null, split: null })).toBeNull();
  });
});
