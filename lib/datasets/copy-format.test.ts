import { describe, expect, it } from "vitest";
import { copyField, copyRow, createCopyEncoder } from "./copy-format";

describe("COPY text format", () => {
  it("escapes the characters that end fields and rows", () => {
    expect(copyField("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
  });

  it("writes null as \\N and leaves plain text alone", () => {
    expect(copyRow(["plain text", null, 3])).toBe("plain text\t\\N\t3\n");
  });

  it("keeps a literal backslash-N distinct from null", () => {
    expect(copyField("\\N")).toBe("\\\\N");
  });
});

describe("createCopyEncoder", () => {
  const rows: (string | number | null)[][] = [
    [0, "TRAIN", "plain", null],
    [1, "TEST", "tab\there, new\nline, back\\slash", "Café ✓ 😀"],
    [2, "TRAIN", "\\N", ""],
  ];

  it("writes exactly what copyRow writes, as UTF-8", () => {
    const encoder = createCopyEncoder();
    for (const row of rows) expect(encoder.addRow(row)).toBeNull();
    const out = Buffer.from(encoder.end() ?? new Uint8Array()).toString("utf8");
    expect(out).toBe(rows.map(copyRow).join(""));
    expect(encoder.end()).toBeNull();
  });

  it("hands out whole rows in batches, including a row longer than a batch", () => {
    const encoder = createCopyEncoder(64);
    const many = [...rows, [3, "TEST", "x".repeat(500), null], ...rows];
    const batches: Uint8Array[] = [];
    for (const row of many) {
      const batch = encoder.addRow(row);
      if (batch) batches.push(batch);
    }
    const last = encoder.end();
    if (last) batches.push(last);
    expect(batches.length).toBeGreaterThan(2);
    for (const batch of batches) expect(batch[batch.length - 1]).toBe(0x0a);
    expect(Buffer.concat(batches).toString("utf8")).toBe(many.map(copyRow).join(""));
  });
});
