import { describe, expect, it } from "vitest";
import { DatasetInputError } from "../errors";
import { chunked, collect } from "@/test/fixtures/datasets/sources";
import { openDataset } from "./open-dataset";

async function read(text: string, fileName = "f.csv", chunkSize = 7) {
  const dataset = await openDataset(chunked(text, chunkSize), { fileName });
  return { ...dataset, rows: await collect(dataset.rows) };
}

async function errorOf(text: string, fileName = "f.csv"): Promise<DatasetInputError> {
  const error = await read(text, fileName).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error instanceof DatasetInputError) return error;
  throw new Error(`expected a DatasetInputError, got ${String(error)}`);
}

describe("CSV rows", () => {
  it("detects the delimiter from the header even when the header has quoted commas", async () => {
    const dataset = await read('"a, b"|c\n"x, y"|z\n');
    expect(dataset.delimiter).toBe("|");
    expect(dataset.rows[0]?.values).toEqual({ "a, b": "x, y", c: "z" });
  });

  it("reads a one-column file", async () => {
    const dataset = await read("text\nhello world\nsecond\n");
    expect(dataset.columns).toEqual(["text"]);
    expect(dataset.rows.map((row) => row.values.text)).toEqual(["hello world", "second"]);
  });

  it("reads a file without a final newline", async () => {
    const dataset = await read("a,b\r\n1,2\r\n3,4");
    expect(dataset.rows.map((row) => row.values)).toEqual([
      { a: "1", b: "2" },
      { a: "3", b: "4" },
    ]);
  });

  it("trims header names and names blank header cells by position", async () => {
    const dataset = await read(" text , label ,\nx,y,\n");
    expect(dataset.columns).toEqual(["text", "label", "column_3"]);
    expect(dataset.rows[0]?.values).toEqual({ text: "x", label: "y", column_3: "" });
  });

  it("skips rows whose fields are all empty and whitespace-only lines, keeping line numbers physical", async () => {
    const dataset = await read("a,b\n1,2\n,\n   \n\n3,4\n");
    expect(dataset.rows).toEqual([
      { line: 2, values: { a: "1", b: "2" } },
      { line: 6, values: { a: "3", b: "4" } },
    ]);
  });

  it("counts lines through CRLF inside quoted fields", async () => {
    const dataset = await read('a,b\r\n"x\r\ny\r\nz",1\r\n\r\nw,2\r\n', "f.csv", 3);
    expect(dataset.rows.map((row) => row.line)).toEqual([2, 6]);
  });

  it("reports fewer fields than the header", async () => {
    const error = await errorOf("text,label,id\nok,x,1\n\nmissing one,x\n");
    expect(error.message).toBe("f.csv, row 2 (line 4): expected 3 fields (text,label,id) but found 2");
  });

  it("reports text after a closing quote as an invalid quote on its line", async () => {
    const error = await errorOf('text,label\nok,x\n"He said "hi" loudly",y\n');
    expect(error).toMatchObject({ code: "invalid_quote", line: 3, row: 2 });
    expect(error.message).toMatch(/^f\.csv, row 2 \(line 3\): a quoted field continues after its closing quote/);
  });

  it("locates a quote error in the header by line alone", async () => {
    const error = await errorOf('text,"label"x\nok,x\n');
    expect(error).toMatchObject({ code: "invalid_quote", line: 1 });
    expect(error.row).toBeUndefined();
  });

  it("reports a quote inside an unquoted CSV field", async () => {
    const error = await errorOf('text,label\na 5" screen,x\n');
    expect(error).toMatchObject({ code: "invalid_quote", line: 2 });
  });

  it("treats a quote inside a TSV field as a plain character", async () => {
    const dataset = await read('text\tlabel\na 5" screen\tx\n', "f.tsv");
    expect(dataset.rows[0]?.values.text).toBe('a 5" screen');
  });

  it("keeps columns named like Object.prototype members as ordinary fields", async () => {
    const dataset = await read("__proto__,constructor\nx,y\n");
    const values = dataset.rows[0]?.values ?? {};
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.entries(values)).toEqual([
      ["__proto__", "x"],
      ["constructor", "y"],
    ]);
  });

  it("reads a large file in small chunks without losing rows", async () => {
    const body = Array.from({ length: 3000 }, (_, i) => `"row ${i}\nwith a break",label${i % 3}`).join("\n");
    const dataset = await read(`text,label\n${body}\n`, "f.csv", 1000);
    expect(dataset.rows).toHaveLength(3000);
    expect(dataset.rows[2999]).toEqual({
      line: 2 + 2999 * 2,
      values: { text: "row 2999\nwith a break", label: "label2" },
    });
  });
});
