import { describe, expect, it } from "vitest";
import { describeFile } from "./describe-file";

describe("describeFile", () => {
  it("names the format, delimiter, size and how much of the file was read", () => {
    expect(
      describeFile({ format: "csv", delimiter: ";", rowsRead: 200, partial: false, importedFrom: null }, 245_000),
    ).toBe("CSV, semicolon-separated · 245 KB · 200 rows");
    expect(
      describeFile(
        { format: "jsonl", delimiter: null, rowsRead: 1_843, partial: true, importedFrom: null },
        184_000_000,
      ),
    ).toBe("JSON lines · 184 MB · first 1,843 rows read");
  });

  it("says which tool's file an import was read as", () => {
    const evals = {
      format: "jsonl",
      delimiter: null,
      rowsRead: 3,
      partial: false,
      importedFrom: "openai-evals",
    } as const;
    expect(describeFile(evals, 2_000)).toBe("JSON lines (OpenAI Evals) · 2 KB · 3 rows");
    const parquet = { format: "parquet", delimiter: null, rowsRead: 40, partial: false, importedFrom: null } as const;
    expect(describeFile(parquet, 9_000)).toBe("Parquet · 9 KB · 40 rows");
  });
});
