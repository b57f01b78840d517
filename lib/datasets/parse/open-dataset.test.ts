import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collect, fixtureStream } from "@/test/fixtures/datasets/sources";
import { dataFile } from "@/test/data";
import { openDataset } from "./open-dataset";

async function readFixture(name: string) {
  const dataset = await openDataset(fixtureStream(name), { fileName: name });
  return { ...dataset, rows: await collect(dataset.rows) };
}

describe("openDataset on the good fixtures", () => {
  it("reads a semicolon CSV, keeping delimiters inside quoted fields", async () => {
    const dataset = await readFixture("semicolon.csv");
    expect(dataset).toMatchObject({ format: "csv", delimiter: ";", columns: ["text", "label", "id"] });
    expect(dataset.rows.map((row) => row.values)).toEqual([
      { text: "Contains; a semicolon, and a comma", label: "neoplasms", id: "s1" },
      { text: "Plain text", label: "nervous", id: "s2" },
    ]);
  });

  it("reads a TSV with quotes that are not field delimiters", async () => {
    const dataset = await readFixture("tab.tsv");
    expect(dataset).toMatchObject({ format: "tsv", delimiter: "\t", columns: ["text", "label"] });
    expect(dataset.rows[0]?.values).toEqual({ text: 'Tab separated "quoted" words', label: "neoplasms" });
  });

  it("strips a UTF-8 byte-order mark from the first column name", async () => {
    const dataset = await readFixture("bom.csv");
    expect(dataset.columns).toEqual(["text", "label"]);
    expect(dataset.rows).toHaveLength(8);
  });

  it("keeps CRLF line breaks and doubled quotes inside fields, skips blank lines, and reports start lines", async () => {
    const dataset = await readFixture("crlf-multiline.csv");
    expect(dataset.rows).toEqual([
      { line: 2, values: { text: "First line\r\nsecond line of the same field", label: "neoplasms", id: "m1" } },
      { line: 4, values: { text: 'She said "hello", then left', label: "nervous", id: "m2" } },
      { line: 6, values: { text: "Plain row after a blank line", label: "digestive", id: "m3" } },
    ]);
  });

  it("reads JSON lines, stringifying non-string values and skipping blank lines", async () => {
    const dataset = await readFixture("rows.jsonl");
    expect(dataset.format).toBe("jsonl");
    expect(dataset.columns).toEqual(["question", "answer", "score", "reviewed", "note", "tags"]);
    expect(dataset.rows).toEqual([
      {
        line: 1,
        values: {
          question: "What is it?",
          answer: "A thing.",
          score: "3",
          reviewed: "true",
          note: "",
          tags: '["a","b"]',
        },
      },
      {
        line: 3,
        values: {
          question: "Why?\nBecause.",
          answer: "Café é",
          score: "4.5",
          reviewed: "false",
          note: "x",
          tags: "[]",
        },
      },
    ]);
  });

  it("streams a pretty-printed JSON array, with the line each element starts on", async () => {
    const dataset = await readFixture("rows.json");
    expect(dataset).toMatchObject({ format: "json", delimiter: null, columns: ["text", "label", "extra"] });
    expect(dataset.rows.map((row) => row.line)).toEqual([2, 12, 17]);
    expect(dataset.rows.map((row) => row.values.extra)).toEqual(['{"nested":[1,2]}', "", "7"]);
  });

  it("gunzips by magic bytes", async () => {
    const dataset = await readFixture("rows.csv.gz");
    expect(dataset.format).toBe("csv");
    expect(dataset.rows).toHaveLength(8);
    expect(dataset.rows[7]?.values).toEqual({ text: "Abstract number 8", label: "cardiovascular" });
  });

  it("decodes UTF-16 that carries a byte-order mark", async () => {
    const dataset = await readFixture("utf16-bom.csv");
    expect(dataset.columns).toEqual(["text", "label"]);
    expect(dataset.rows[0]?.values).toEqual({ text: "Abstract number 1", label: "neoplasms" });
  });
});

describe("openDataset on the shared sample data", () => {
  it("reads the 200-row classification CSV (CRLF, multi-line quoted fields) with 5 labels", async () => {
    const path = dataFile("medical-abstracts-classification-200.csv");
    const dataset = await openDataset(createReadStream(path), { fileName: "medical-abstracts-classification-200.csv" });
    const rows = await collect(dataset.rows);
    expect(dataset.columns).toEqual(["text", "label", "id", "split"]);
    expect(rows).toHaveLength(200);
    const counts = new Map<string, number>();
    for (const { values } of rows) counts.set(values.label ?? "", (counts.get(values.label ?? "") ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      "general pathological conditions": 66,
      neoplasms: 45,
      "cardiovascular diseases": 43,
      "nervous system diseases": 26,
      "digestive system diseases": 20,
    });
    expect(rows.every(({ values }) => values.split === "test" && /^test-\d{5}$/.test(values.id ?? ""))).toBe(true);
    expect(rows.every(({ values }) => !values.text?.endsWith(" ") && (values.text?.length ?? 0) >= 185)).toBe(true);
  });

  it("reads the 1,000-line MedQuAD JSONL", async () => {
    const dataset = await openDataset(createReadStream(dataFile("medquad-qa-1000.jsonl")), {
      fileName: "medquad-qa-1000.jsonl",
    });
    const rows = await collect(dataset.rows);
    expect(dataset.columns).toEqual(["id", "question", "answer", "qtype", "focus", "source"]);
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map(({ values }) => values.question?.toLowerCase())).size).toBe(1000);
    expect(rows.filter(({ values }) => values.answer?.includes("\n")).length).toBe(327);
  });

  it("streams the gzipped full test split (2,888 rows) under a tight upload limit", async () => {
    const dataset = await openDataset(createReadStream(dataFile("medical-abstracts-test-full.csv.gz")), {
      fileName: "medical-abstracts-test-full.csv.gz",
      maxBytes: 1_300_000,
    });
    const rows = await collect(dataset.rows);
    expect(dataset.columns).toEqual(["id", "text", "label", "label_id"]);
    expect(rows).toHaveLength(2888);
    expect(rows[0]?.values.id).toBe("test-00001");
    expect(rows[2887]?.values.id).toBe("test-02888");
    expect(new Set(rows.map(({ values }) => values.label)).size).toBe(5);
    const file = readFileSync(dataFile("medical-abstracts-test-full.csv.gz"));
    expect(dataset.uploadDigest()).toEqual({
      bytes: file.length,
      sha256: createHash("sha256").update(file).digest("hex"),
    });
  });
});
