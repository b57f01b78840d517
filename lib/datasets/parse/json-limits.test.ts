import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DatasetInputError } from "../errors";
import { chunked, collect } from "@/test/fixtures/datasets/sources";
import { MAX_GZIP_RATIO } from "./gunzip";
import { exceedsJsonDepth, MAX_JSON_DEPTH, MAX_JSON_VALUE_CHARS } from "./json-limits";
import { openDataset } from "./open-dataset";

async function errorOf(bytes: Uint8Array | string, fileName: string, chunkSize = 64 * 1024) {
  const error = await openDataset(chunked(bytes, chunkSize), { fileName, maxBytes: 1_000_000_000 })
    .then((dataset) => collect(dataset.rows))
    .then(
      () => null,
      (caught: unknown) => caught,
    );
  if (error instanceof DatasetInputError) return error;
  throw new Error(`expected a DatasetInputError, got ${String(error)}`);
}

const nested = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

describe("exceedsJsonDepth", () => {
  it("counts objects and arrays, not brackets inside strings", () => {
    expect(exceedsJsonDepth(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`)).toBe(false);
    expect(exceedsJsonDepth(`{"a":${nested(MAX_JSON_DEPTH)}}`)).toBe(true);
    expect(exceedsJsonDepth(JSON.stringify({ a: "[".repeat(1000), b: '\\"[[[' }))).toBe(false);
  });
});

describe("JSON nesting and value size", () => {
  it("refuses a JSONL row nested deeper than the limit with its line, instead of overflowing the stack", async () => {
    const text = `{"text":"a","label":"x"}\n{"text":"b","label":"y"}\n{"text":${nested(100_000)},"label":"z"}\n`;
    const error = await errorOf(text, "deep.jsonl");
    expect(error).toMatchObject({ code: "too_deep", line: 3 });
    expect(error.message).toBe(
      `deep.jsonl, line 3: nested deeper than ${MAX_JSON_DEPTH} levels; flatten the row (objects and arrays inside objects)`,
    );
  });

  it("refuses a JSON array element nested deeper than the limit, naming its row", async () => {
    const text = `[\n{"text":"a","label":"x"},\n{"text":"b","label":"y"},\n{"text":${nested(100_000)}}]`;
    const error = await errorOf(text, "deep.json");
    expect(error).toMatchObject({ code: "too_deep", row: 3, line: 4 });
    expect(error.message).toMatch(/^deep\.json, row 3 \(line 4\): nested deeper than 64 levels/);
  });

  it("accepts an element exactly at the limit", async () => {
    const text = `[{"text":"a","label":"x","meta":${nested(MAX_JSON_DEPTH - 1)}}]`;
    const dataset = await openDataset(chunked(text, 7), { fileName: "ok.json" });
    const rows = await collect(dataset.rows);
    expect(rows[0]?.values.meta).toBe(nested(MAX_JSON_DEPTH - 1));
  });

  it("stops at the first level too many of a top-level [[[[…", async () => {
    const error = await errorOf("[".repeat(10_000_000), "open.json");
    expect(error).toMatchObject({ code: "too_deep", row: 1, line: 1 });
  });

  it("refuses one array element larger than the value limit, even when its last piece completes it", async () => {
    const long = "a".repeat(MAX_JSON_VALUE_CHARS / 4);
    const list = `["${long}","${long}","${long}","${long}"]`;
    const error = await errorOf(`[{"text":"a","label":"x"},\n{"text":"b","list":${list}}]`, "big.json");
    expect(error).toMatchObject({ code: "value_too_large", row: 2, line: 2 });
    expect(error.message).toMatch(/^big\.json, row 2 \(line 2\): one array element is longer than 4 MB/);
  });

  it("counts an element that starts on the same line, and in the same piece, as the one before it ends", async () => {
    // One line, fed 1 MB at a time: the second element's first megabyte shares a piece with the first element.
    const first = `{"text":"${"a".repeat(100)}"}`;
    // Just over the limit; the first megabyte of it used to go uncounted.
    const second = `{"text":"${"b".repeat(MAX_JSON_VALUE_CHARS + 1000)}"}`;
    const error = await errorOf(`[${first},${second}]`, "one-line.json", 1024 * 1024);
    expect(error).toMatchObject({ code: "value_too_large", row: 2, line: 1 });
  });

  it("counts only the text after the previous element's end: a long first element does not count against the next", async () => {
    const first = `{"text":"${"a".repeat(MAX_JSON_VALUE_CHARS - 1000)}"}`;
    const second = `{"text":"${"b".repeat(MAX_JSON_VALUE_CHARS - 1000)}"}`;
    const dataset = await openDataset(chunked(`[${first},${second}]`, 1024 * 1024), { fileName: "two.json" });
    const rows = await collect(dataset.rows);
    expect(rows.map((row) => String(row.values.text).length)).toEqual([
      MAX_JSON_VALUE_CHARS - 1000,
      MAX_JSON_VALUE_CHARS - 1000,
    ]);
  });

  it("refuses a JSONL line larger than the value limit", async () => {
    const error = await errorOf(`{"text":"${"a".repeat(MAX_JSON_VALUE_CHARS + 1)}"}\n`, "big.jsonl");
    expect(error).toMatchObject({ code: "value_too_large", line: 1 });
  });
});

describe("gzip compression ratio", () => {
  it(`refuses a gzip that expands more than ${MAX_GZIP_RATIO} times once past the first megabytes`, async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x0a), { level: 9 });
    const error = await errorOf(bomb, "blank.jsonl.gz");
    expect(error).toMatchObject({ code: "too_large", details: { kind: "ratio", maxRatio: MAX_GZIP_RATIO } });
    expect(error.message).toMatch(/^blank\.jsonl\.gz: the gzip file expands more than 100 times/);
  }, 20_000);

  it("reads a small, very repetitive gzip file whatever its ratio", async () => {
    const csv = `text,label\n${"same text,same\n".repeat(20_000)}`;
    const gzipped = gzipSync(csv, { level: 9 });
    expect(csv.length / gzipped.length).toBeGreaterThan(MAX_GZIP_RATIO);
    const dataset = await openDataset(chunked(gzipped, 4096), { fileName: "rep.csv.gz" });
    expect(await collect(dataset.rows)).toHaveLength(20_000);
  });
});
