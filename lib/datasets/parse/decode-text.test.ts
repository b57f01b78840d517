import { describe, expect, it } from "vitest";
import { DatasetInputError } from "../errors";
import { chunked, collect } from "@/test/fixtures/datasets/sources";
import { decodeText } from "./decode-text";

async function decode(bytes: Uint8Array | string, chunkSize: number): Promise<string> {
  const chunks = await collect(decodeText(chunked(bytes, chunkSize), "f.csv"));
  const text = chunks.map((chunk) => chunk.text).join("");
  // The bytes handed on for CSV parsing must be exactly the file minus its BOM.
  if (chunks.every((chunk) => chunk.bytes !== null)) {
    expect(Buffer.concat(chunks.map((chunk) => chunk.bytes as Uint8Array)).toString("utf8")).toBe(text);
  }
  return text;
}

async function decodeError(bytes: Uint8Array | string, chunkSize: number): Promise<DatasetInputError> {
  const error = await decode(bytes, chunkSize).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error instanceof DatasetInputError) return error;
  throw new Error(`expected a DatasetInputError, got ${String(error)}`);
}

const mixed = "text,label\nCafé ☕ naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢,ok\n";

describe("decodeText", () => {
  it.each([1, 2, 3, 5, 4096])("decodes characters split across %i-byte chunks", async (size) => {
    expect(await decode(mixed, size)).toBe(mixed);
  });

  it.each([1, 2, 4096])("drops a UTF-8 byte-order mark from text and bytes (%i-byte chunks)", async (size) => {
    expect(await decode(`\uFEFF${mixed}`, size)).toBe(mixed);
  });

  it("decodes UTF-16BE with a byte-order mark", async () => {
    const utf16be = Buffer.from(`\uFEFF${mixed}`, "utf16le").swap16();
    expect(await decode(utf16be, 7)).toBe(mixed);
  });

  it.each([1, 3, 16, 4096])("locates an invalid byte in a later %i-byte chunk by offset and line", async (size) => {
    const prefix = Buffer.from("a,b\nline two é\nline three ");
    const bytes = Buffer.concat([prefix, Buffer.from([0xc3, 0x28]), Buffer.from(",x\n")]);
    const error = await decodeError(bytes, size);
    expect(error).toMatchObject({ code: "not_utf8", line: 3, details: { byteOffset: prefix.length } });
    expect(error.message).toContain(`f.csv, line 3: invalid UTF-8 at byte offset ${prefix.length} (byte 0xc3)`);
  });

  it("rejects an encoded surrogate, which fatal decoding treats as invalid", async () => {
    const error = await decodeError(Buffer.from([0x61, 0x0a, 0xed, 0xa0, 0x80, 0x0a]), 2);
    expect(error).toMatchObject({ code: "not_utf8", line: 2, details: { byteOffset: 2 } });
  });

  it("reports a file that ends inside a multi-byte character", async () => {
    const error = await decodeError(Buffer.concat([Buffer.from("a,b\nx,"), Buffer.from([0xe2, 0x82])]), 3);
    expect(error).toMatchObject({ code: "not_utf8", line: 2, details: { byteOffset: 6 } });
    expect(error.message).toMatch(/ends in the middle of a UTF-8 character/);
  });

  it("rejects a NUL byte after the first chunk, naming its line", async () => {
    const bytes = Buffer.concat([Buffer.from(`a,b\n${"x,y\n".repeat(2000)}`), Buffer.from([0]), Buffer.from(",z\n")]);
    const error = await decodeError(bytes, 1000);
    expect(error).toMatchObject({ code: "binary", line: 2002, details: { byteOffset: 8004 } });
  });

  it("refuses a zip container such as an .xlsx saved as .csv", async () => {
    const error = await decodeError(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 4096);
    expect(error.code).toBe("unsupported_format");
  });

  it("refuses big-endian UTF-16 without a byte-order mark too", async () => {
    const error = await decodeError(Buffer.from("text,label\nabc,def\n", "utf16le").swap16(), 4096);
    expect(error.code).toBe("utf16");
  });
});
