import { describe, expect, it } from "vitest";
import { detectDelimiter, findHeaderLine } from "./detect-delimiter";
import { detectFormat, formatFromFileName } from "./detect-format";

describe("detectDelimiter", () => {
  it.each([
    ["text,label,id", ","],
    ["text;label;id", ";"],
    ["text\tlabel\tid", "\t"],
    ["text|label|id", "|"],
    ['"a;b;c;d",e,f', ","],
    ['"a,b,c";d', ";"],
  ])("%j -> %j", (header, expected) => {
    expect(detectDelimiter(header, false)).toBe(expected);
  });

  it("falls back by format for a one-column header", () => {
    expect(detectDelimiter("text", false)).toBe(",");
    expect(detectDelimiter("text", true)).toBe("\t");
  });

  it("prefers tab for TSV when the header has any", () => {
    expect(detectDelimiter("a,b,c\td", true)).toBe("\t");
  });
});

describe("findHeaderLine", () => {
  it("ends at the first line break outside quotes", () => {
    expect(findHeaderLine('"multi\nline",b\r\nx,y')).toBe('"multi\nline",b');
    expect(findHeaderLine("a,b")).toBeNull();
  });
});

describe("format detection", () => {
  it.each([
    ["data.csv", "csv"],
    ["DATA.CSV.GZ", "csv"],
    ["x.tsv", "tsv"],
    ["x.jsonl", "jsonl"],
    ["x.ndjson.gz", "jsonl"],
    ["x.json", "json"],
    ["x.txt", null],
    ["noextension", null],
  ])("%s -> %s by name", (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });

  it("sniffs the content when the name says nothing", () => {
    expect(detectFormat("upload", "[")).toBe("json");
    expect(detectFormat("upload.txt", "{")).toBe("jsonl");
    expect(detectFormat("upload.txt", "t")).toBe("csv");
  });

  it("trusts a CSV name over content, and JSON content over a JSON name", () => {
    expect(detectFormat("a.csv", "{")).toBe("csv");
    expect(detectFormat("a.jsonl", "[")).toBe("json");
  });

  it("names spreadsheet files as unsupported", () => {
    expect(() => formatFromFileName("book.xlsx")).toThrow(/\.xlsx files are not supported/);
  });
});
