import { createReadStream } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetInputError } from "./errors";
import { mapRows, ZColumnMapping, type TColumnMapping, type TDatasetTask } from "./mapping";
import { openDataset } from "./parse/open-dataset";
import type { TSourceRow } from "./parse/types";
import { collect, fixtureStream } from "@/test/fixtures/datasets/sources";
import { dataFile } from "@/test/data";

async function* rowsOf(values: Record<string, string>[]): AsyncGenerator<TSourceRow> {
  let line = 1;
  for (const row of values) yield { line: (line += 1), values: row };
}

function mapValues(values: Record<string, string>[], mapping: TColumnMapping, task: TDatasetTask = "CLASSIFICATION") {
  const columns = Object.keys(values[0] ?? {});
  return collect(mapRows(rowsOf(values), mapping, { fileName: "f.csv", task, columns }));
}

async function errorOf(promise: Promise<unknown>): Promise<DatasetInputError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error instanceof DatasetInputError) return error;
  throw new Error(`expected a DatasetInputError, got ${String(error)}`);
}

const base = { input: "text", expected: "label" };

describe("ZColumnMapping", () => {
  it("accepts the documented shape and refuses input = expected", () => {
    expect(ZColumnMapping.parse({ input: "q", expected: "a", id: "id", split: "s", metadata: ["m"] })).toEqual({
      input: "q",
      expected: "a",
      id: "id",
      split: "s",
      metadata: ["m"],
    });
    expect(ZColumnMapping.safeParse({ input: "q", expected: "q" }).success).toBe(false);
    expect(ZColumnMapping.safeParse({ input: "", expected: "a" }).success).toBe(false);
  });
});

describe("mapRows", () => {
  it("shapes samples: 0-based index, trimmed labels, input kept as written, id, split and metadata", async () => {
    const samples = await mapValues(
      [
        { text: "  Keep my spaces\n", label: " neoplasms ", id: " a1 ", split: "Training", source: "x" },
        { text: "Second", label: "nervous", id: "", split: "", source: "y" },
        { text: "Third", label: "nervous", id: "a3", split: " DEV ", source: "z" },
      ],
      { ...base, id: "id", split: "split", metadata: ["source"] },
    );
    expect(samples).toEqual([
      {
        index: 0,
        input: "  Keep my spaces\n",
        expected: "neoplasms",
        externalId: "a1",
        split: "TRAIN",
        metadata: { source: "x" },
      },
      { index: 1, input: "Second", expected: "nervous", externalId: null, split: null, metadata: { source: "y" } },
      { index: 2, input: "Third", expected: "nervous", externalId: "a3", split: "TEST", metadata: { source: "z" } },
    ]);
  });

  it("keeps open-QA reference answers as written", async () => {
    const samples = await mapValues([{ q: "Why?", a: "  Because.\n" }], { input: "q", expected: "a" }, "OPEN_QA");
    expect(samples[0]).toMatchObject({ expected: "  Because.\n", externalId: null, split: null, metadata: null });
  });

  it.each(["train", "TRAINING", "test", "Testing", "eval", "validation", "dev"])(
    "recognises split %s",
    async (value) => {
      const [sample] = await mapValues([{ text: "t", label: "l", split: value }], { ...base, split: "split" });
      expect(sample?.split).toBe(/^train/i.test(value) ? "TRAIN" : "TEST");
    },
  );

  it("refuses an unknown split value, naming row, line, column and value", async () => {
    const error = await errorOf(
      mapValues(
        [
          { text: "t", label: "l", fold: "train" },
          { text: "t", label: "l", fold: "holdout" },
        ],
        { ...base, split: "fold" },
      ),
    );
    expect(error).toMatchObject({ code: "invalid_split", row: 2, line: 3, column: "fold" });
    expect(error.message).toMatch(
      /^f\.csv, row 2 \(line 3\): split value "holdout" in column "fold" is not recognised/,
    );
  });

  it("checks mapped columns against the header before reading rows, listing what is there", async () => {
    const dataset = await openDataset(fixtureStream("missing-column.csv"), { fileName: "missing-column.csv" });
    const error = await errorOf(
      collect(
        mapRows(dataset.rows, base, {
          fileName: "missing-column.csv",
          task: "CLASSIFICATION",
          columns: dataset.columns,
        }),
      ),
    );
    expect(error).toMatchObject({ code: "missing_column", column: "label" });
    expect(error.message).toBe('missing-column.csv: has no column "label"; available columns: "text", "category"');
  });

  it("treats a key missing from a JSON row as empty, even when it names an Object.prototype member", async () => {
    const rows = rowsOf([{ constructor: "text", label: "a" }, { label: "b" }]);
    const mapping = { input: "constructor", expected: "label" };
    const mapped = mapRows(rows, mapping, { fileName: "f.jsonl", task: "OPEN_QA", columns: ["constructor", "label"] });
    const error = await errorOf(collect(mapped));
    expect(error).toMatchObject({ code: "empty_values", row: 2, column: "constructor" });
  });

  it("collects empty required values and reports them together with their rows", async () => {
    const dataset = await openDataset(fixtureStream("empty-values.csv"), { fileName: "empty-values.csv" });
    const mapped = mapRows(dataset.rows, base, {
      fileName: "empty-values.csv",
      task: "CLASSIFICATION",
      columns: dataset.columns,
    });
    const error = await errorOf(collect(mapped));
    expect(error).toMatchObject({ code: "empty_values", row: 2, line: 3, column: "text" });
    expect(error.message).toBe(
      'empty-values.csv, row 2 (line 3): required values are missing: "text" is empty in rows 2, 5; "label" is empty in row 3',
    );
    expect(error.details).toMatchObject({ complete: true });
  });

  it("does not yield rows after an empty value and stops after ten", async () => {
    const values = Array.from({ length: 30 }, (_, i) => ({ text: i % 2 === 0 ? `row ${i}` : " ", label: "x" }));
    const yielded: number[] = [];
    const error = await errorOf(
      (async () => {
        for await (const sample of mapRows(rowsOf(values), base, {
          fileName: "f.csv",
          task: "OPEN_QA",
          columns: ["text", "label"],
        })) {
          yielded.push(sample.index);
        }
      })(),
    );
    expect(yielded).toEqual([0]);
    expect(error.details).toMatchObject({ complete: false });
    expect((error.details?.rows as unknown[]).length).toBe(10);
    expect(error.message).toMatch(/rows 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 \(stopped after the first 10\)$/);
  });

  it("maps the 2,888-row gzipped split end to end", async () => {
    const dataset = await openDataset(createReadStream(dataFile("medical-abstracts-test-full.csv.gz")), {
      fileName: "test-full.csv.gz",
    });
    const samples = await collect(
      mapRows(
        dataset.rows,
        { input: "text", expected: "label", id: "id", metadata: ["label_id"] },
        {
          fileName: "test-full.csv.gz",
          task: "CLASSIFICATION",
          columns: dataset.columns,
        },
      ),
    );
    expect(samples).toHaveLength(2888);
    expect(samples[2887]).toMatchObject({ index: 2887, externalId: "test-02888", split: null });
    expect(new Set(samples.map((sample) => `${sample.expected}=${sample.metadata?.label_id}`)).size).toBe(5);
  });
});
