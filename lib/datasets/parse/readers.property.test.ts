// Property tests of the dataset readers (issue 13): whatever bytes arrive, under whatever name, in whatever chunks,
// reading ends in a dataset or in a DatasetInputError (the 4xx the routes send), never in any other throw, and the
// process's peak memory stays bounded. A fixed seed keeps failures reproducible; numRuns keeps the file to seconds.
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetInputError } from "../errors";
import { chunked } from "@/test/fixtures/datasets/sources";
import { MAX_JSON_DEPTH } from "./json-limits";
import { openDataset } from "./open-dataset";

const SEED = 13;
const MEMORY_BOUND = 256 * 1024 * 1024;
const NAMES = ["d.csv", "d.tsv", "d.json", "d.jsonl", "d.txt", "d.csv.gz", "d.jsonl.gz", "d.json.gz"];

type TOutcome = { kind: "dataset"; rows: number } | { kind: "input_error"; error: DatasetInputError };

/** Reads everything; anything but a DatasetInputError escapes and fails the property. */
async function readOutcome(bytes: Uint8Array, fileName: string, chunkSize: number): Promise<TOutcome> {
  try {
    const dataset = await openDataset(chunked(bytes, chunkSize), { fileName, maxBytes: 1024 * 1024, maxRows: 5_000 });
    let rows = 0;
    for await (const row of dataset.rows) {
      expect(Object.values(row.values).every((value) => typeof value === "string")).toBe(true);
      rows += 1;
    }
    return { kind: "dataset", rows };
  } catch (error) {
    if (error instanceof DatasetInputError) return { kind: "input_error", error };
    throw error;
  }
}

const chunkSize = fc.integer({ min: 1, max: 4096 });
const fileName = fc.constantFrom(...NAMES);

/** Text in one of the encodings an analyst's tools write, gzipped or not. */
function encode(text: string, encoding: "utf8" | "utf8-bom" | "utf16le" | "utf16be" | "latin1", gzip: boolean) {
  let bytes: Buffer;
  if (encoding === "utf16le") bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  else if (encoding === "utf16be") bytes = Buffer.from(text, "utf16le").swap16();
  else if (encoding === "latin1") bytes = Buffer.from(text, "latin1");
  else bytes = Buffer.from(encoding === "utf8-bom" ? `\uFEFF${text}` : text, "utf8");
  if (encoding === "utf16be") bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
  return gzip ? gzipSync(bytes) : bytes;
}

/** A value nested `depth` levels (arrays and objects alternating), with brackets inside strings as decoys. */
function nestedValue(depth: number, leaf: string): string {
  let value = JSON.stringify(leaf);
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? `[${value},"]["]` : `{"k":${value}}`;
  return value;
}

describe("dataset readers, property-based", () => {
  const peakBefore = process.resourceUsage().maxRSS * 1024;

  it("random bytes: a dataset or a DatasetInputError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fileName, chunkSize, async (bytes, name, size) => {
        await readOutcome(bytes, name, size);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("random text in random encodings and shapes: a dataset or a DatasetInputError", async () => {
    const cell = fc.string({ unit: "binary", maxLength: 20 });
    const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(","));
    const csvish = fc.array(line, { maxLength: 12 }).map((lines) => lines.join("\n"));
    const jsonish = fc
      .array(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 4 })), { maxLength: 6 })
      .chain((rows) =>
        fc.constantFrom(
          JSON.stringify(rows),
          rows.map((row) => JSON.stringify(row)).join("\n"),
          JSON.stringify(rows).slice(0, -1),
        ),
      );
    const encoding = fc.constantFrom("utf8", "utf8-bom", "utf16le", "utf16be", "latin1" as const);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(csvish, jsonish),
        encoding,
        fc.boolean(),
        fileName,
        chunkSize,
        async (text, enc, gzip, name, size) => {
          await readOutcome(encode(text, enc, gzip), name, size);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it(`random nesting: up to ${MAX_JSON_DEPTH} levels is a row, deeper is too_deep, in JSON and JSONL alike`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 * MAX_JSON_DEPTH }),
        fc.constantFrom("d.json", "d.jsonl"),
        fc.string({ maxLength: 8 }),
        chunkSize,
        async (depth, name, leaf, size) => {
          // The row object is one level: its field holds depth - 1 more.
          const row = `{"text":"t","label":"l","meta":${nestedValue(Math.max(depth - 1, 0), leaf)}}`;
          const text = name === "d.json" ? `[${row}]` : `${row}\n`;
          const outcome = await readOutcome(Buffer.from(text), name, size);
          if (depth <= MAX_JSON_DEPTH) expect(outcome).toEqual({ kind: "dataset", rows: 1 });
          else expect(outcome).toMatchObject({ kind: "input_error", error: { code: "too_deep" } });
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("all of the above within the memory bound", () => {
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(MEMORY_BOUND);
  });
});
