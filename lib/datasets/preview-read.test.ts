import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { openDataset } from "./parse";
import { PREVIEW_MAX_ROWS, readSliceRows } from "./preview-read";
import { chunked, collect } from "@/test/fixtures/datasets/sources";
import { dataFile } from "@/test/data";

async function fullRows(bytes: Uint8Array, fileName: string) {
  const dataset = await openDataset(chunked(bytes, 64 * 1024), { fileName });
  return (await collect(dataset.rows)).map((row) => row.values);
}

/** Reads the first `size` bytes as the browser's File.slice would send them. */
function readSlice(bytes: Uint8Array, size: number, fileName: string) {
  return readSliceRows(chunked(bytes.subarray(0, size), 16 * 1024), { fileName, truncated: size < bytes.length });
}

describe("readSliceRows on the start of a file", () => {
  const csv = readFileSync(dataFile("medical-abstracts-classification-2000.csv"));

  it.each([50_000, 100_003, 123_457, 250_001])(
    "CSV cut at byte %i: only complete rows, equal to a full read",
    async (size) => {
      const all = await fullRows(csv, "m.csv");
      const slice = await readSlice(csv, size, "m.csv");
      expect(slice.partial).toBe(true);
      expect(slice.columns).toEqual(["text", "label", "id", "split"]);
      expect(slice.rows.length).toBeGreaterThan(10);
      expect(slice.rows.map((row) => row.values)).toEqual(all.slice(0, slice.rows.length));
    },
  );

  it("gzip cut in the middle of a block", async () => {
    const gz = readFileSync(dataFile("medical-abstracts-test-full.csv.gz"));
    const all = await fullRows(gunzipSync(gz), "full.csv");
    const slice = await readSlice(gz, 200_000, "full.csv.gz");
    expect(slice.rows.length).toBeGreaterThan(100);
    expect(slice.rows.map((row) => row.values)).toEqual(all.slice(0, slice.rows.length));
  });

  it("JSON lines cut in the middle of a line", async () => {
    const jsonl = readFileSync(dataFile("medquad-qa-1000.jsonl"));
    const all = await fullRows(jsonl, "qa.jsonl");
    const slice = await readSlice(jsonl, 100_000, "qa.jsonl");
    expect(slice.rows.length).toBeGreaterThan(10);
    expect(slice.rows.map((row) => row.values)).toEqual(all.slice(0, slice.rows.length));
  });

  it("a cut inside a UTF-8 character", async () => {
    const text = Buffer.from(`text,label\n${Array.from({ length: 50 }, (_, i) => `café ${i},a`).join("\n")}\n`);
    const cut = text.indexOf(Buffer.from("é 40")) + 1;
    const slice = await readSlice(text, cut, "cafe.csv");
    expect(slice.rows.map((row) => row.values.text)).toEqual(Array.from({ length: 40 }, (_, i) => `café ${i}`));
  });

  it("still refuses a file whose error comes before the end of the slice", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Abstract ${i},label`);
    const text = Buffer.from(["text,label", "One,a", "Two,b,extra", ...rows].join("\n"));
    await expect(readSlice(text, 500_000, "broken.csv")).rejects.toMatchObject({ code: "ragged_row", row: 2 });
  });

  it("refuses an error at the end of a file that was sent whole", async () => {
    const text = Buffer.from("text,label\nOne,a\nTwo,b,extra\n");
    await expect(readSlice(text, text.length, "whole.csv")).rejects.toMatchObject({ code: "ragged_row" });
  });

  it("stops at PREVIEW_MAX_ROWS rows and says the rows are only part of the file", async () => {
    const text = Buffer.from(["text,label", ...Array.from({ length: 25_000 }, (_, i) => `t${i},a`)].join("\n"));
    const slice = await readSlice(text, text.length, "many.csv");
    expect(slice.rows).toHaveLength(PREVIEW_MAX_ROWS);
    expect(slice.partial).toBe(true);
  });
});
