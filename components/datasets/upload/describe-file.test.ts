import { describe, expect, it } from "vitest";
import { describeFile } from "./describe-file";

describe("describeFile", () => {
  it("names the format, delimiter, size and how much of the file was read", () => {
    expect(describeFile({ format: "csv", delimiter: ";", rowsRead: 200, partial: false }, 245_000)).toBe(
      "CSV, semicolon-separated · 245 KB · 200 rows",
    );
    expect(describeFile({ format: "jsonl", delimiter: null, rowsRead: 1_843, partial: true }, 184_000_000)).toBe(
      "JSON lines · 184 MB · first 1,843 rows read",
    );
  });
});
