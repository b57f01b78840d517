import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatPercent, formatRows, formatSha, formatTask } from "./format";

describe("dataset formatting", () => {
  it("counts rows with separators and the right plural", () => {
    expect(formatRows(1_000_000)).toBe("1,000,000 rows");
    expect(formatRows(1)).toBe("1 row");
    expect(formatRows(2, "label")).toBe("2 labels");
  });

  it("names tasks, sizes, digests and fractions", () => {
    expect(formatTask("OPEN_QA")).toBe("Open QA");
    expect(formatBytes(245_123)).toBe("245.1 KB");
    expect(formatBytes(999)).toBe("999 bytes");
    expect(formatSha("a".repeat(64))).toBe("aaaaaaaaaaaa");
    expect(formatPercent(0.2)).toBe("20%");
    expect(formatPercent(0.125)).toBe("12.5%");
  });

  it("shows dates in UTC so server and browser render the same text", () => {
    expect(formatDate("2026-11-26T13:05:00.000Z")).toBe("26 Nov 2026, 13:05 UTC");
  });
});
