import { describe, expect, it } from "vitest";
import { DatasetInputError } from "../errors";
import { collect, fixtureStream } from "@/test/fixtures/datasets/sources";
import { openDataset } from "./open-dataset";

/** Opens and reads the whole fixture, returning the error it fails with. */
async function failureOf(name: string, fileName = name): Promise<DatasetInputError> {
  try {
    const dataset = await openDataset(fixtureStream(name), { fileName });
    await collect(dataset.rows);
  } catch (error) {
    if (error instanceof DatasetInputError) return error;
    throw error;
  }
  throw new Error(`${name} was read without an error`);
}

describe("bad uploads fail with a precise, located error", () => {
  it("empty file", async () => {
    const error = await failureOf("empty.csv");
    expect(error).toMatchObject({ code: "empty_file", file: "empty.csv" });
    expect(error.message).toBe("empty.csv: the file is empty");
  });

  it("header without rows", async () => {
    const error = await failureOf("header-only.csv");
    expect(error.code).toBe("header_only");
    expect(error.message).toBe("header-only.csv: has a header line but no data rows");
  });

  it("duplicate header names, compared after trimming and naming both positions", async () => {
    const error = await failureOf("duplicate-header.csv");
    expect(error).toMatchObject({ code: "duplicate_header", line: 1, column: "label" });
    expect(error.message).toBe(
      'duplicate-header.csv, line 1: column name "label" appears twice in the header (columns 2 and 4); rename one of them',
    );
  });

  it("a row with more fields than the header", async () => {
    const error = await failureOf("ragged.csv", "medical.csv");
    expect(error).toMatchObject({ code: "ragged_row", line: 4, row: 3 });
    expect(error.message).toBe("medical.csv, row 3 (line 4): expected 4 fields (text,label,id,split) but found 5");
  });

  it("a quote that is never closed, located where the broken row starts", async () => {
    const error = await failureOf("unclosed-quote.csv");
    expect(error).toMatchObject({ code: "unclosed_quote", line: 3, row: 2 });
    expect(error.message).toMatch(
      /^unclosed-quote\.csv, row 2 \(line 3\): a quoted field opened in this row is never closed/,
    );
  });

  it("an invalid JSON line", async () => {
    const error = await failureOf("invalid-line.jsonl", "qa.jsonl");
    expect(error).toMatchObject({ code: "invalid_json", line: 3 });
    expect(error.message).toMatch(/^qa\.jsonl, line 3: invalid JSON \(.+\)$/);
  });

  it("a binary file", async () => {
    const error = await failureOf("binary.bin", "upload.csv");
    expect(error.code).toBe("binary");
    expect(error.message).toBe(
      "upload.csv: looks like a binary file (a NUL byte at byte offset 8), not CSV, TSV or JSON text",
    );
  });

  it("UTF-16 without a byte-order mark", async () => {
    const error = await failureOf("utf16-no-bom.csv");
    expect(error.code).toBe("utf16");
    expect(error.message).toMatch(/looks like UTF-16 .* re-save the file as UTF-8/);
  });

  it("Latin-1 text, with the byte offset and line of the first bad byte", async () => {
    const error = await failureOf("latin1.csv");
    expect(error).toMatchObject({ code: "not_utf8", line: 2, details: { byteOffset: 14 } });
    expect(error.message).toMatch(/^latin1\.csv, line 2: invalid UTF-8 at byte offset 14 \(byte 0xe9\)/);
  });

  it("a corrupt gzip archive", async () => {
    const error = await failureOf("corrupt.csv.gz");
    expect(error.code).toBe("corrupt_gzip");
    expect(error.message).toMatch(/^corrupt\.csv\.gz: could not decompress the gzip file: the archive is corrupt/);
  });

  it("an unsupported extension, before reading anything", async () => {
    const error = await failureOf("rows.csv.gz", "results.xlsx");
    expect(error.code).toBe("unsupported_format");
    expect(error.message).toMatch(/\.xlsx files are not supported/);
  });
});
