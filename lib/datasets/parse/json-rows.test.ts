import { describe, expect, it } from "vitest";
import { DatasetInputError } from "../errors";
import { chunked, collect } from "@/test/fixtures/datasets/sources";
import { openDataset } from "./open-dataset";

async function read(text: string, fileName: string, chunkSize = 5) {
  const dataset = await openDataset(chunked(text, chunkSize), { fileName });
  return { ...dataset, rows: await collect(dataset.rows) };
}

async function errorOf(text: string, fileName: string): Promise<DatasetInputError> {
  const error = await read(text, fileName).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error instanceof DatasetInputError) return error;
  throw new Error(`expected a DatasetInputError, got ${String(error)}`);
}

describe("JSON array rows", () => {
  it("reads a one-line array split into tiny chunks", async () => {
    const dataset = await read('[{"q":"a\\"b","n":1e3},{"q":"ü","n":-0.5,"x":[{"y":null}]}]', "d.json", 3);
    expect(dataset.rows.map((row) => row.values)).toEqual([
      { q: 'a"b', n: "1000" },
      { q: "ü", n: "-0.5", x: '[{"y":null}]' },
    ]);
  });

  it("reports a syntax error with the line it is on", async () => {
    const error = await errorOf('[\n  {"q": "a"},\n  {"q": "b",}\n]\n', "d.json");
    expect(error).toMatchObject({ code: "invalid_json", line: 3 });
    expect(error.message).toMatch(/^d\.json, line 3: invalid JSON \(.+\)$/);
  });

  it("reports an element that is not an object with its row and line", async () => {
    const error = await errorOf('[\n {"q": "a"},\n "just a string"\n]', "d.json");
    expect(error).toMatchObject({ code: "invalid_json", row: 2, line: 3 });
    expect(error.message).toBe(
      "d.json, row 2 (line 3): expected each array element to be a JSON object but found a string",
    );
  });

  it("reports an unterminated array", async () => {
    const error = await errorOf('[{"q": "a"}, {"q": "b"}', "d.json");
    expect(error.code).toBe("invalid_json");
  });

  it("reports content after the array", async () => {
    const error = await errorOf('[{"q": "a"}]\n[{"q": "b"}]\n', "d.json");
    expect(error).toMatchObject({ code: "invalid_json", line: 2 });
  });

  it("refuses an empty array as an empty dataset", async () => {
    const error = await errorOf("[ ]\n", "d.json");
    expect(error.code).toBe("empty_file");
  });

  it("reads JSON lines from a file named .json", async () => {
    const dataset = await read('{"q": "a"}\n{"q": "b"}\n', "d.json");
    expect(dataset.format).toBe("jsonl");
    expect(dataset.rows).toHaveLength(2);
  });
});

describe("JSON lines rows", () => {
  it("reports a line that is not an object", async () => {
    const error = await errorOf('{"q": "a"}\n[1, 2]\n', "qa.jsonl");
    expect(error.message).toBe("qa.jsonl, line 2: expected a JSON object on each line but found an array");
  });

  it("reads a last line without a newline and ignores trailing blank lines", async () => {
    const dataset = await read('{"q": "a"}\r\n\r\n{"q": "b"}', "qa.ndjson", 4);
    expect(dataset.rows).toEqual([
      { line: 1, values: { q: "a" } },
      { line: 3, values: { q: "b" } },
    ]);
  });

  it("treats a file of blank lines as empty", async () => {
    expect((await errorOf("\n\n  \n", "qa.jsonl")).code).toBe("empty_file");
  });

  it("says where a JSON file starts with something else", async () => {
    const error = await errorOf("id,text\n1,a\n", "qa.jsonl");
    expect(error).toMatchObject({ code: "invalid_json", line: 1 });
  });
});
